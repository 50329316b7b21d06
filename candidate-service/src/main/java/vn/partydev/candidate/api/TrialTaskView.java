package vn.partydev.candidate.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.candidate.domain.TrialTask;
import vn.partydev.platform.events.candidate.TrialTaskEvaluated.TrialTaskResult;

import java.time.LocalDate;
import java.util.UUID;

/** A trial task and its evaluation. */
@Schema(description = "A trial task and, once evaluated, its result")
public record TrialTaskView(
        @Schema(description = "Task id", example = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f") UUID id,
        @Schema(description = "What the candidate is asked to do", example = "Phụ trách phong trào thanh niên tình nguyện") String description,
        @Schema(description = "Date given", example = "2025-10-05") LocalDate assignedOn,
        @Schema(description = "Date due", example = "2026-01-05") LocalDate dueOn,
        @Schema(description = "Result, null until evaluated", example = "GOOD") TrialTaskResult result,
        @Schema(description = "Comment of the evaluation", example = "Hoàn thành tốt") String comment,
        @Schema(description = "Date of the evaluation", example = "2026-01-06") LocalDate evaluatedOn) {

    public static TrialTaskView of(TrialTask task) {
        return new TrialTaskView(task.id, task.description, task.assignedOn, task.dueOn, task.result, task.comment, task.evaluatedOn);
    }
}
