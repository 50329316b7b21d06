package vn.partydev.platform.problem;

/** {@code If-Match} names a version that is no longer current (412): someone changed the object in between. */
public class PreconditionFailed extends ProblemException {

    public PreconditionFailed(String detail) {
        super(ProblemType.PRECONDITION_FAILED, "STALE_VERSION", detail);
    }
}
