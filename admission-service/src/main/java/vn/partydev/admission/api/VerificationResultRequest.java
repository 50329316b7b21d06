package vn.partydev.admission.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** A verification task came back complete. */
@Schema(description = "A verification result was received")
public record VerificationResultRequest(
        @NotNull @Schema(description = "Date the result was received", example = "2025-04-01") @PastOrPresent LocalDate completedOn) {
}
