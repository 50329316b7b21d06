package vn.partydev.reporting.domain;

/** A period (or target period) that cannot be understood; the message says what is wrong. */
public class InvalidPeriod extends InvalidParameter {
    public InvalidPeriod(String message) {
        super("period", message);
    }
}
