package vn.partydev.admission.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A step a case waits for, with the rule that sets its deadline and the due date in working days. */
public record DueItem(UUID caseId, UUID candidateId, UUID cellId, String step, String rule, LocalDate dueOn, boolean overdue) {

    public static DueItem of(AdmissionCase c, String step, String rule, LocalDate dueOn) {
        return new DueItem(c.id, c.candidateId, c.cellId, step, rule, dueOn, false);
    }

    public DueItem withOverdue(boolean isOverdue) {
        return new DueItem(caseId, candidateId, cellId, step, rule, dueOn, isOverdue);
    }
}
