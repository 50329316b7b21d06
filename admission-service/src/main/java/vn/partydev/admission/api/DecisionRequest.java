package vn.partydev.admission.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** The admission decision (quyết định kết nạp). */
@Schema(description = "The admission decision")
public record DecisionRequest(
        @NotNull @Schema(description = "Date of the decision; it starts the party age", example = "2025-06-02") @PastOrPresent LocalDate decidedOn,
        @Schema(description = "Date the cell received the decision; the decision date when absent", example = "2025-06-04") @PastOrPresent LocalDate receivedOn) {
}
