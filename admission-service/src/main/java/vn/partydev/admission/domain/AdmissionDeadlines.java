package vn.partydev.admission.domain;

import vn.partydev.platform.rules.RuleSet;

import java.time.LocalDate;

/** The working-day deadlines of the procedure (R-SLA-1, R-SLA-2, R-SLA-3, R-PROB-1), all numbers from the rule set. */
public record AdmissionDeadlines(RuleSet rules, WorkingDays days) {

    /** R-SLA-1: the decision is due within 60 working days of the cell resolution. */
    public LocalDate decisionDue(LocalDate cellResolutionOn) {
        return days.plusWorkingDays(cellResolutionOn, rules.decisionDueWorkingDays());
    }

    /** R-SLA-1: the latest date one extension may reach (at most 30 working days after the original due date). */
    public LocalDate latestDecisionExtension(LocalDate decisionDue) {
        return days.plusWorkingDays(decisionDue, rules.decisionExtensionWorkingDays());
    }

    /** R-SLA-2: the ceremony is due within 30 working days of receiving the decision. */
    public LocalDate ceremonyDue(LocalDate decisionReceivedOn) {
        return days.plusWorkingDays(decisionReceivedOn, rules.ceremonyDueWorkingDays());
    }

    /** R-PROB-1 / R-DATE-1: probation ends, and the official date falls, exactly 12 months after the ceremony. */
    public LocalDate probationEnds(LocalDate ceremonyOn) {
        return ceremonyOn.plusMonths(rules.probationMonths());
    }

    /** R-SLA-3: the cell votes on recognition within 30 working days after probation ends. */
    public LocalDate recognitionVoteDue(LocalDate ceremonyOn) {
        return days.plusWorkingDays(probationEnds(ceremonyOn), rules.recognitionVoteDueWorkingDays());
    }

    /** R-SLA-3: the deciding organisation decides within 30 working days of the adopted recognition vote. */
    public LocalDate recognitionDecisionDue(LocalDate recognitionVoteOn) {
        return days.plusWorkingDays(recognitionVoteOn, rules.recognitionDecisionDueWorkingDays());
    }

    /** R-SLA-3: the latest date the one extension of the recognition decision may reach. */
    public LocalDate latestRecognitionExtension(LocalDate recognitionDecisionDue) {
        return days.plusWorkingDays(recognitionDecisionDue, rules.recognitionDecisionExtensionWorkingDays());
    }

    /** How many working days after {@code dueOn} an act done on {@code doneOn} came (0 when on time). */
    public Lateness lateness(LocalDate dueOn, LocalDate doneOn) {
        return Lateness.of(dueOn, doneOn, days);
    }
}
