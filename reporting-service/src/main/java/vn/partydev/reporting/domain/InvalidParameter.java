package vn.partydev.reporting.domain;

/** A query parameter that cannot be understood (answered 400); the message names it and says what is wrong. */
public class InvalidParameter extends RuntimeException {
    private final String parameter;

    public InvalidParameter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
