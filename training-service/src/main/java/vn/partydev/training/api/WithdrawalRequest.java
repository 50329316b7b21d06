package vn.partydev.training.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A trainee's withdrawal from a class")
public record WithdrawalRequest(
        @Schema(description = "Withdrawal date; today if omitted", example = "2026-03-03") @PastOrPresent LocalDate withdrawnOn,
        @Schema(description = "Why (kept in training-service, never published)", example = "Chuyển công tác")
        @NotBlank @Size(max = 500) String reason) {
}
