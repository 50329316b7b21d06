package vn.partydev.admission.domain;

/** A broken domain rule: its id (e.g. R-AGE-1) and a sentence with the numbers; the service answers it as a 422. */
public record RuleBreach(String rule, String detail) {
}
