package vn.partydev.training.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Revocation of a certificate")
public record RevocationRequest(
        @Schema(description = "Revocation date; today if omitted", example = "2026-06-01") @PastOrPresent LocalDate revokedOn,
        @Schema(description = "Why (kept in training-service, never published)", example = "Cấp nhầm người")
        @NotBlank @Size(max = 1000) String reason) {
}
