package vn.partydev.training.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.training.service.RecordAttempt;

@Schema(description = "One examination by the awareness-check council")
public record CheckAttemptRequest(
        @Schema(description = "Date of the examination; a re-examination must be later than the failed attempt",
                example = "2026-03-06")
        @NotNull @PastOrPresent LocalDate checkedOn,
        @Schema(description = "The examining council (hội đồng kiểm tra)", example = "Hội đồng kiểm tra TTCT phường Bến Nghé")
        @NotBlank @Size(max = 300) String council,
        @Schema(description = "Whether the trainee passed", example = "true")
        @NotNull Boolean passed,
        @Schema(description = "Score on the 0–10 scale, if the council gives one", example = "8.5")
        @DecimalMin("0") @DecimalMax("10") @Digits(integer = 2, fraction = 2) BigDecimal score) {

    RecordAttempt toCommand() {
        return new RecordAttempt(checkedOn, council, passed, score);
    }
}
