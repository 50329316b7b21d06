package vn.partydev.training.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.training.domain.Essay;

@Schema(description = "An essay and its review")
public record EssayView(
        @Schema(description = "The failed attempt it follows", example = "1") int afterAttempt,
        @Schema(description = "Submission date", example = "2026-03-10") LocalDate submittedOn,
        @Schema(description = "Review date, once reviewed", example = "2026-03-12") LocalDate reviewedOn,
        @Schema(description = "Accepted, once reviewed", example = "true") Boolean accepted,
        @Schema(description = "Reviewer's note", example = "Đạt yêu cầu") String note) {

    static EssayView of(Essay e) {
        return new EssayView(e.afterAttempt, e.submittedOn, e.reviewedOn, e.accepted, e.reviewNote);
    }
}
