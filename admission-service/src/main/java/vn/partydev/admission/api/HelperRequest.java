package vn.partydev.admission.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.UUID;

/** A helper (đảng viên giúp đỡ) for the probationary member. */
@Schema(description = "Assign a helper")
public record HelperRequest(
        @NotNull @Schema(description = "An official member of the cell", example = "6b0c7a1e-2d3f-4e5a-8b9c-0d1e2f3a4b5c") UUID memberId,
        @NotNull @Schema(description = "Date of the assignment", example = "2025-06-20") @PastOrPresent LocalDate assignedOn) {
}
