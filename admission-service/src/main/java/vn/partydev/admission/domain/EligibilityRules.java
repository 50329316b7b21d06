package vn.partydev.admission.domain;

import vn.partydev.platform.codes.GeneralEducation;
import vn.partydev.platform.rules.RuleSet;

import vn.partydev.platform.problem.ProblemMessage;

import java.time.LocalDate;
import java.util.Optional;

/** Eligibility of the applicant at the cell vote date (R-AGE-1, R-EDU-1, R-CERT-1). */
public final class EligibilityRules {

    private EligibilityRules() {
    }

    /**
     * R-AGE-1: from 216 to 720 completed months at the vote; older only with the provincial standing committee's
     * written consent ({@code olderApplicantConsentOn}), which must be dated no later than the vote.
     */
    public static Optional<RuleBreach> age(RuleSet rules, LocalDate birthDate, LocalDate voteOn, LocalDate olderApplicantConsentOn) {
        int months = AgeInMonths.completed(birthDate, voteOn);
        if (months < rules.minimumAgeMonths()) {
            return Optional.of(new RuleBreach("R-AGE-1", "the applicant is " + months + " completed months old on "
                    + voteOn + "; at least " + rules.minimumAgeMonths() + " are required",
                    ProblemMessage.of("too-young", months, voteOn, rules.minimumAgeMonths())));
        }
        if (months > rules.maximumAgeMonths()
                && (olderApplicantConsentOn == null || olderApplicantConsentOn.isAfter(voteOn))) {
            return Optional.of(new RuleBreach("R-AGE-1", "the applicant is " + months + " completed months old on "
                    + voteOn + ", over " + rules.maximumAgeMonths()
                    + "; a written consent of the provincial standing committee must be recorded first",
                    ProblemMessage.of("too-old", months, voteOn, rules.maximumAgeMonths())));
        }
        return Optional.empty();
    }

    /**
     * R-EDU-1: lower-secondary (THCS) or higher; primary where the residential area is disadvantaged; literacy only
     * there, for a village elder or reputable person, with the provincial consent recorded.
     */
    public static Optional<RuleBreach> education(GeneralEducation education, boolean disadvantagedArea, boolean literacyConsent) {
        if (education == null) {
            return Optional.of(new RuleBreach("R-EDU-1", "the applicant's general education is not known", ProblemMessage.of("unknown")));
        }
        if (education.atLeast(GeneralEducation.LOWER_SECONDARY)) {
            return Optional.empty();
        }
        if (education == GeneralEducation.PRIMARY && disadvantagedArea) {
            return Optional.empty();
        }
        if (education == GeneralEducation.LITERATE && disadvantagedArea && literacyConsent) {
            return Optional.empty();
        }
        String where = disadvantagedArea ? "a disadvantaged residential area" : "a residential area that is not disadvantaged";
        String needed = disadvantagedArea
                ? "primary education, or literacy with a recorded provincial consent, is required there"
                : "lower-secondary education is required";
        return Optional.of(new RuleBreach("R-EDU-1", "the applicant has " + education + " education and lives in "
                + where + "; " + needed, ProblemMessage.of(disadvantagedArea ? "too-low-disadvantaged" : "too-low", education)));
    }

    /** R-CERT-1 / R-CERT-2: a certificate of the kind named must be valid on the vote date. */
    public static Optional<RuleBreach> certificate(String rule, String kind, LocalDate validUntil, LocalDate voteOn) {
        if (validUntil == null) {
            return Optional.of(new RuleBreach(rule, "no valid " + kind + " certificate is known for the person",
                    ProblemMessage.of("none")));
        }
        if (validUntil.isBefore(voteOn)) {
            return Optional.of(new RuleBreach(rule, "the " + kind + " certificate was valid until " + validUntil
                    + "; the vote on " + voteOn + " is after it expired", ProblemMessage.of("expired", validUntil, voteOn)));
        }
        return Optional.empty();
    }
}
