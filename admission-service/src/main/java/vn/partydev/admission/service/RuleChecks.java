package vn.partydev.admission.service;

import vn.partydev.admission.domain.RuleBreach;
import vn.partydev.platform.problem.RuleViolation;

import java.util.Optional;

/** Turns a breach found by a pure domain rule into the platform's 422 problem. */
final class RuleChecks {

    private RuleChecks() {
    }

    static void enforce(Optional<RuleBreach> breach) {
        breach.ifPresent(found -> {
            RuleViolation violation = new RuleViolation(found.rule(), found.detail());
            if (found.message() != null) {
                violation.in(found.message().variant(), found.message().arguments().toArray());
            }
            throw violation;
        });
    }
}
