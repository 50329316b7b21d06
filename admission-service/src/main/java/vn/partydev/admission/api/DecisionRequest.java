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

/** The admission decision (quyết định kết nạp). */
@Schema(description = "The admission decision")
public record DecisionRequest(
        @NotNull @Schema(description = "Date of the decision; it starts the party age", example = "2025-06-02") LocalDate decidedOn,
        @Schema(description = "Date the cell received the decision; the decision date when absent", example = "2025-06-04") LocalDate receivedOn) {
}
