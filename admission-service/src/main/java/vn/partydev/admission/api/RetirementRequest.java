package vn.partydev.admission.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(description = "Retire (dissolve) an organisation, or merge it into a successor")
public record RetirementRequest(
        @Schema(description = "Day it stops existing; its members belong to the successor from this day", example = "2025-07-01")
        @NotNull LocalDate date,
        @Schema(description = "The organisation it merges into; its current children move there and its members transfer there", example = "9b1f3c52-7d0a-4a53-9c8e-1f2a3b4c5d6e")
        UUID successorId) {
}
