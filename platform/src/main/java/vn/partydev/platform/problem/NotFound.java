package vn.partydev.platform.problem;

/**
 * The object does not exist, or lies outside the caller's organisation subtree (404, the same answer for both so
 * that scope does not leak existence).
 */
public class NotFound extends ProblemException {

    public NotFound(String what, Object id) {
        super(ProblemType.NOT_FOUND, "NOT_FOUND", id == null ? what + " was not found" : what + " " + id + " was not found");
    }
}
