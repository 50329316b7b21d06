package vn.partydev.admission.domain;

import vn.partydev.platform.problem.ProblemMessage;
import vn.partydev.platform.rules.RuleSet;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** R-INTRO-1 (who the two introducers are) and R-INTRO-2 (an introducing member's standing and acquaintance). */
public final class IntroductionRules {

    /** Youth age (tuổi đoàn) ends at 30 years. */
    static final int YOUTH_AGE_LAST_YEAR = 30;

    private IntroductionRules() {
    }

    /**
     * R-INTRO-1: exactly two — two official members, or the Youth Union's (required for a Youth Union member of youth
     * age) or the Trade Union's grassroots executive committee plus one official member.
     */
    public static Optional<RuleBreach> composition(List<IntroducerKind> existing, IntroducerKind next, boolean youthUnionMemberOfYouthAge) {
        if (existing.size() >= 2) {
            return Optional.of(new RuleBreach("R-INTRO-1", "the applicant already has two introducers; exactly two are allowed",
                    ProblemMessage.of("two-already")));
        }
        boolean committeeAlready = existing.stream().anyMatch(kind -> kind != IntroducerKind.OFFICIAL_MEMBER);
        if (next != IntroducerKind.OFFICIAL_MEMBER && committeeAlready) {
            return Optional.of(new RuleBreach("R-INTRO-1",
                    "a mass organisation's executive committee already introduces the applicant; the other introducer must be an official member",
                    ProblemMessage.of("committee-already")));
        }
        if (youthUnionMemberOfYouthAge && next == IntroducerKind.TRADE_UNION_COMMITTEE) {
            return Optional.of(new RuleBreach("R-INTRO-1",
                    "the applicant is a Youth Union member of youth age: the Youth Union's executive committee must introduce, not the Trade Union's",
                    ProblemMessage.of("youth-union-not-trade-union")));
        }
        if (youthUnionMemberOfYouthAge && next == IntroducerKind.OFFICIAL_MEMBER && !committeeAlready && existing.size() == 1) {
            return Optional.of(new RuleBreach("R-INTRO-1",
                    "the applicant is a Youth Union member of youth age: one of the two introducers must be the Youth Union's grassroots executive committee",
                    ProblemMessage.of("youth-union-committee-needed")));
        }
        return Optional.empty();
    }

    /** Youth Union member aged 30 or less (completed years) on the given date. */
    public static boolean youthUnionMemberOfYouthAge(boolean youthUnionMember, LocalDate birthDate, LocalDate on) {
        return youthUnionMember && birthDate != null && AgeInMonths.completedYears(birthDate, on) <= YOUTH_AGE_LAST_YEAR;
    }

    /** R-INTRO-2: the introducing member has known the applicant for at least 12 months before the introduction. */
    public static Optional<RuleBreach> acquaintance(RuleSet rules, LocalDate knownSince, LocalDate introducedOn) {
        int months = AgeInMonths.completed(knownSince, introducedOn);
        if (months < rules.introducerAcquaintanceMonths()) {
            return Optional.of(new RuleBreach("R-INTRO-2", "the introducer has worked or lived with the applicant for "
                    + months + " months (since " + knownSince + "); at least " + rules.introducerAcquaintanceMonths()
                    + " are required", ProblemMessage.of("too-short", months, knownSince, rules.introducerAcquaintanceMonths())));
        }
        return Optional.empty();
    }
}
