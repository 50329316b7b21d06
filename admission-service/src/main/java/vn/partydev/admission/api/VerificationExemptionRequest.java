package vn.partydev.admission.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.UUID;

/** A relative who is a party member and fully declared is exempted from verification. */
@Schema(description = "Exempt a relative who is a party member")
public record VerificationExemptionRequest(
        @NotNull @Schema(description = "The relative, a member on the roll", example = "6b0c7a1e-2d3f-4e5a-8b9c-0d1e2f3a4b5c") UUID partyMemberId,
        @NotNull @Schema(description = "Date of the exemption", example = "2025-03-12") @PastOrPresent LocalDate exemptedOn) {
}
