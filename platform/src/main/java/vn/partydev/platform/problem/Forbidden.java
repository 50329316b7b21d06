package vn.partydev.platform.problem;

/** The caller is authenticated but may not do this (403). */
public class Forbidden extends ProblemException {

    public Forbidden(String code, String detail) {
        super(ProblemType.FORBIDDEN, code, detail);
    }
}
