package vn.partydev.training.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The review of the submitted essay")
public record EssayReviewRequest(
        @Schema(description = "Review date; today if omitted", example = "2026-03-12") @PastOrPresent LocalDate reviewedOn,
        @Schema(description = "Accepted: the trainee may be re-examined; rejected: a new essay is due", example = "true")
        @NotNull Boolean accepted,
        @Schema(description = "Reviewer's note (kept in training-service, never published)", example = "Đạt yêu cầu")
        @Size(max = 1000) String note) {
}
