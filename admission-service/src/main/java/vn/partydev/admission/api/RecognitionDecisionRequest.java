package vn.partydev.admission.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** The decision on the probationary member. */
@Schema(description = "Recognise as official, or strike off")
public record RecognitionDecisionRequest(
        @NotNull @Schema(description = "Date of the decision", example = "2026-07-10") @PastOrPresent LocalDate decidedOn,
        @NotNull @Schema(description = "The outcome", example = "RECOGNISED") RecognitionOutcome outcome,
        @Size(max = 500) @Schema(description = "Why (for a strike-off; never in events)") String reason) {
}
