package vn.partydev.training.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.training.domain.CheckAttempt;

@Schema(description = "A recorded awareness-check attempt")
public record CheckAttemptView(
        @Schema(description = "Attempt number, from 1", example = "1") int attempt,
        @Schema(description = "Date", example = "2026-03-06") LocalDate checkedOn,
        @Schema(description = "Council", example = "Hội đồng kiểm tra TTCT phường Bến Nghé") String council,
        @Schema(description = "Passed", example = "false") boolean passed,
        @Schema(description = "Score, if given", example = "4.5") BigDecimal score) {

    static CheckAttemptView of(CheckAttempt a) {
        return new CheckAttemptView(a.attempt, a.checkedOn, a.council, a.passed, a.score);
    }
}
