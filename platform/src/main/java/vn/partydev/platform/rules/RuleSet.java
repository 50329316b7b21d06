package vn.partydev.platform.rules;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The numbers of the domain rules (DOMAIN.md), as a named, versioned set: rules change over time, so no
 * number is a literal in code, and a case records the rule set it was decided under.
 */
@Schema(description = "A named, versioned set of the numbers the rules use")
public record RuleSet(
        @Schema(example = "294-QD-TW-2025") String id,
        @Schema(description = "What the set follows") String basis,
        @Schema(description = "R-AGE-1: minimum age in completed months at the cell vote", example = "216") int minimumAgeMonths,
        @Schema(description = "R-AGE-1: maximum age in completed months without provincial consent", example = "720") int maximumAgeMonths,
        @Schema(description = "R-CERT-1: validity of an awareness certificate in months", example = "60") int awarenessCertificateValidityMonths,
        @Schema(description = "R-INTRO-2: months an introducer must have worked or lived with the applicant", example = "12") int introducerAcquaintanceMonths,
        @Schema(description = "R-VOTE-1/2: yes votes needed as a fraction of the electorate", example = "2/3") Fraction voteThreshold,
        @Schema(description = "R-CELL-1: official members a cell needs to vote", example = "3") int minimumOfficialMembersToVote,
        @Schema(description = "R-SLA-1: working days from the cell resolution to the decision", example = "60") int decisionDueWorkingDays,
        @Schema(description = "R-SLA-1: longest single extension of the decision deadline, in working days", example = "30") int decisionExtensionWorkingDays,
        @Schema(description = "R-SLA-2: working days from receiving the decision to the ceremony", example = "30") int ceremonyDueWorkingDays,
        @Schema(description = "R-PROB-1: probation in months from the ceremony", example = "12") int probationMonths,
        @Schema(description = "R-SLA-3: working days after probation ends for the recognition vote", example = "30") int recognitionVoteDueWorkingDays,
        @Schema(description = "R-SLA-3: working days for the recognition decision after the vote", example = "30") int recognitionDecisionDueWorkingDays,
        @Schema(description = "R-SLA-3: longest extension of the recognition decision, in working days", example = "30") int recognitionDecisionExtensionWorkingDays,
        @Schema(description = "R-VOTE-3: inconclusive recognition votes before escalation", example = "3") int recognitionVotesBeforeEscalation,
        @Schema(description = "R-TRAIN-2: default minimum attendance, percent of sessions", example = "80") int minimumAttendancePercent,
        @Schema(description = "R-CAND-2: months as official member below which a helper draws a warning", example = "12") int helperOfficialMonthsWarning,
        @Schema(description = "Minimum age in years at nomination (students from grade 10)", example = "15") int minimumNominationAgeYears) {
}
