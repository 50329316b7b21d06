package vn.partydev.platform.problem;

/** TEMPORARY stand-in for the platform-web contract. */
public class Conflict extends ProblemException {
    public Conflict(String code, String detail) {
        super(409, code, detail);
    }
}
