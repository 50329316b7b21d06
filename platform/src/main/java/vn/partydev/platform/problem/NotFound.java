package vn.partydev.platform.problem;

/** TEMPORARY stand-in for the platform-web contract. */
public class NotFound extends ProblemException {
    public NotFound(String what, Object id) {
        super(404, "NOT_FOUND", id == null ? what + " was not found" : what + " " + id + " was not found");
    }
}
