package vn.partydev.platform.problem;

/** TEMPORARY stand-in for the platform-web contract. */
public class RuleViolation extends ProblemException {
    public RuleViolation(String rule, String detail) {
        super(422, rule, detail);
    }

    public String rule() {
        return code();
    }
}
