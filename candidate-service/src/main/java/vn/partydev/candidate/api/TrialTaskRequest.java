package vn.partydev.candidate.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A trial task given to the candidate. */
@Schema(description = "A trial task (nhiệm vụ thử thách)")
public record TrialTaskRequest(
        @NotBlank @Size(max = 2000)
        @Schema(description = "What the candidate is asked to do (free text, never published)", example = "Phụ trách phong trào thanh niên tình nguyện của tổ dân phố số 5 trong 3 tháng")
        String description,
        @NotNull @PastOrPresent
        @Schema(description = "Date the task was given", example = "2025-10-05") LocalDate assignedOn,
        @NotNull
        @Schema(description = "Date it is due, not before the assignment", example = "2026-01-05") LocalDate dueOn) {
}
