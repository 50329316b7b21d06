package vn.partydev.platform.problem;

/** TEMPORARY stand-in for the platform-web contract (replaced when main brings the real platform). */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String code;

    public ProblemException(int status, String code, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }
}
