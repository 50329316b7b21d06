package vn.partydev.admission.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** An item of the deadlines work queue: the step a case waits for, in which cell, by which rule and when. */
@Schema(description = "A step an admission case waits for, the cell it is in, and when it is due")
public record WorkQueueItem(
        @Schema(description = "The case") UUID caseId,
        @Schema(description = "The candidate (the member id after the ceremony)") UUID candidateId,
        @Schema(description = "The cell") UUID cellId,
        @Schema(description = "The cell's code", example = "LD-DL-01") String cellCode,
        @Schema(description = "The cell's name", example = "Chi bộ thôn Đông") String cellName,
        @Schema(description = "What is due", example = "CEREMONY") String step,
        @Schema(description = "The rule that sets the deadline", example = "R-SLA-2") String rule,
        @Schema(description = "The due date, counted in working days", example = "2026-03-20") LocalDate dueOn,
        @Schema(description = "Already past the due date (today by the service clock)", example = "false") boolean overdue) {
}
