package vn.partydev.platform.problem;

import java.util.List;

/** A request value that cannot be used, found by code rather than by Bean Validation (400), e.g. an invalid cursor. */
public class BadRequest extends ProblemException {

    public BadRequest(String code, String detail) {
        super(ProblemType.VALIDATION, code, detail);
    }

    public BadRequest(String code, String detail, List<ProblemError> errors) {
        super(ProblemType.VALIDATION, code, detail, errors);
    }
}
