package vn.partydev.platform.problem;

/**
 * A domain rule is broken (422): {@code rule} is the rule id from DOMAIN.md (e.g. {@code R-VOTE-1}) and becomes the
 * problem's {@code code}; {@code detail} is a precise sentence with the numbers ("the cell has 7 eligible official
 * members; 5 yes votes are needed, 4 were cast").
 */
public class RuleViolation extends ProblemException {

    public RuleViolation(String rule, String detail) {
        super(ProblemType.RULE_VIOLATION, rule, detail);
    }

    @Override
    public RuleViolation in(String variant, Object... arguments) {
        super.in(variant, arguments);
        return this;
    }

    public String rule() {
        return code();
    }
}
