package vn.partydev.platform.problem;

/** A change was requested without {@code If-Match} (428). */
public class PreconditionRequired extends ProblemException {

    public PreconditionRequired(String detail) {
        super(ProblemType.PRECONDITION_REQUIRED, "IF_MATCH_REQUIRED", detail);
    }
}
