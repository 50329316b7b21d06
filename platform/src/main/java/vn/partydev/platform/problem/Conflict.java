package vn.partydev.platform.problem;

/** The request does not fit the current state (409): a step out of order, a duplicate. {@code code} e.g. {@code STEP_OUT_OF_ORDER}, {@code DUPLICATE}. */
public class Conflict extends ProblemException {

    public Conflict(String code, String detail) {
        super(ProblemType.CONFLICT, code, detail);
    }
}
