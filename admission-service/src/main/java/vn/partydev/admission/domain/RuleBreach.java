package vn.partydev.admission.domain;

import vn.partydev.platform.problem.ProblemMessage;

/**
 * A broken domain rule: its id (e.g. R-AGE-1) and a sentence with the numbers; the service answers it as a 422.
 * {@code message}, when set, names the bundle's sentence that says it in Vietnamese, with the same numbers.
 */
public record RuleBreach(String rule, String detail, ProblemMessage message) {

    public RuleBreach(String rule, String detail) {
        this(rule, detail, null);
    }
}
