package vn.partydev.admission.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A step a case waits for, with the rule that sets its deadline and the due date in working days. */
@Schema(description = "A step an admission case waits for, and when it is due")
public record DueItem(
        @Schema(description = "The case") UUID caseId,
        @Schema(description = "The candidate (the member id after the ceremony)") UUID candidateId,
        @Schema(description = "The cell") UUID cellId,
        @Schema(description = "What is due", example = "CEREMONY") String step,
        @Schema(description = "The rule that sets the deadline", example = "R-SLA-2") String rule,
        @Schema(description = "The due date, counted in working days", example = "2026-03-20") LocalDate dueOn,
        @Schema(description = "Already past the due date (today by the service clock)", example = "false") boolean overdue) {

    public static DueItem of(AdmissionCase c, String step, String rule, LocalDate dueOn) {
        return new DueItem(c.id, c.candidateId, c.cellId, step, rule, dueOn, false);
    }
}
