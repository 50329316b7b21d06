package vn.partydev.training.api;

import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An essay (bài thu hoạch) handed in after a failed check")
public record EssayRequest(
        @Schema(description = "Submission date; today if omitted", example = "2026-03-10") @PastOrPresent LocalDate submittedOn) {
}
