package vn.partydev.admission.domain;

import vn.partydev.platform.problem.RuleViolation;

import java.time.LocalDate;

/**
 * R-ORG-1: an organisation exists from its {@code validFrom} (founding date) until its {@code validTo} (retirement or
 * merger, exclusive). Nothing it holds or does — a member's entry, a transfer into it, a case opened in it, a vote —
 * can be dated outside that span; a merger keeps the history, so an organisation's dates are facts, not defaults.
 */
public final class OrganisationValidity {

    public static final String RULE = "R-ORG-1";

    private OrganisationValidity() {
    }

    /** Refuses {@code act} on {@code date} unless the organisation existed that day. */
    public static void requireExisting(Organisation organisation, LocalDate date, String act) {
        if (organisation.validFrom != null && date.isBefore(organisation.validFrom)) {
            throw new RuleViolation(RULE, act + " on " + date + " is before " + organisation.code + " existed: it is valid"
                    + " from " + organisation.validFrom + " (register the organisation with its real founding date)")
                    .in("before-founded", date, organisation.code, organisation.validFrom);
        }
        if (organisation.validTo != null && !date.isBefore(organisation.validTo)) {
            throw new RuleViolation(RULE, act + " on " + date + " is not before " + organisation.code + " was retired on "
                    + organisation.validTo)
                    .in("retired", date, organisation.code, organisation.validTo);
        }
    }
}
