package vn.partydev.platform.problem;

/** TEMPORARY stand-in for the platform-web contract. */
public class BadRequest extends ProblemException {
    public BadRequest(String code, String detail) {
        super(400, code, detail);
    }
}
