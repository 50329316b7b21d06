package vn.partydev.admission.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.admission.domain.*;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A verification task came back complete. */
@Schema(description = "A verification result was received")
public record VerificationResultRequest(
        @NotNull @Schema(description = "Date the result was received", example = "2025-04-01") LocalDate completedOn) {
}
