package vn.partydev.candidate.domain;

import vn.partydev.platform.problem.RuleViolation;
import vn.partydev.platform.rules.RuleSet;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.UUID;

/**
 * R-CAND-2: a helper must be an official member of the same grassroots organisation (tổ chức cơ sở đảng) as the
 * candidate's cell; one who has been official for less than the rule set's months draws a warning, not a refusal.
 */
public final class HelperRule {

    public static final String RULE = "R-CAND-2";

    private HelperRule() {
    }

    /**
     * Refuses an ineligible helper with a {@link RuleViolation}; answers the warning for a recent official member.
     *
     * @param member               what is known of the member, or null when admission-service never announced them
     * @param memberGrassroots     the grassroots organisation of the member's cell, or null when unknown
     * @param candidateGrassroots  the grassroots organisation of the candidate's cell
     */
    public static Optional<String> check(UUID memberId, MemberReplica member, UUID memberGrassroots,
                                         UUID candidateGrassroots, LocalDate assignedOn, RuleSet rules) {
        if (member == null || member.status == null) {
            throw new RuleViolation(RULE, "member " + memberId + " is not on the member roll known to this service").in("not-on-roll", memberId);
        }
        if (member.leftOn != null && !member.leftOn.isAfter(assignedOn)) {
            throw new RuleViolation(RULE, "member " + memberId + " left the party roll on " + member.leftOn).in("left", memberId, member.leftOn);
        }
        if (!member.isOfficialOn(assignedOn)) {
            throw new RuleViolation(RULE, "member " + memberId + " is not an official member on " + assignedOn
                    + (member.officialOn == null ? " (still probationary)" : " (official from " + member.officialOn + ")"))
                    .in("not-official", memberId, assignedOn);
        }
        if (memberGrassroots == null || !memberGrassroots.equals(candidateGrassroots)) {
            throw new RuleViolation(RULE, "member " + memberId + " belongs to grassroots organisation " + memberGrassroots
                    + ", the candidate's cell to " + candidateGrassroots + "; a helper must be from the same one")
                    .in("other-grassroots", memberId, memberGrassroots, candidateGrassroots);
        }
        int months = (int) Period.between(member.officialOn, assignedOn).toTotalMonths();
        int warnBelow = rules.helperOfficialMonthsWarning();
        if (months < warnBelow) {
            return Optional.of("member " + memberId + " has been official for " + months + " months (since "
                    + member.officialOn + "); helpers are usually official for at least " + warnBelow + " months");
        }
        return Optional.empty();
    }
}
