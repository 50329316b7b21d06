package vn.partydev.candidate.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.platform.events.candidate.TrialTaskEvaluated.TrialTaskResult;

import java.time.LocalDate;

/** The evaluation of a trial task. */
@Schema(description = "Evaluation of a trial task")
public record TrialTaskEvaluationRequest(
        @NotNull
        @Schema(description = "Result (published as a code)", example = "GOOD") TrialTaskResult result,
        @Size(max = 2000)
        @Schema(description = "The cell's comment (free text, never published)", example = "Hoàn thành tốt, nhiệt tình")
        String comment,
        @NotNull @PastOrPresent
        @Schema(description = "Date of the evaluation", example = "2026-01-06") LocalDate evaluatedOn) {
}
