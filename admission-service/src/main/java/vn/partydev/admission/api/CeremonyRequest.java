package vn.partydev.admission.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** The admission ceremony (lễ kết nạp). */
@Schema(description = "The ceremony was held")
public record CeremonyRequest(
        @NotNull @Schema(description = "Date of the ceremony: the day of entry", example = "2025-06-20") @PastOrPresent LocalDate heldOn,
        @Schema(description = "Date of the superior committee approval of a late ceremony (R-SLA-2)", example = "2025-07-10") @PastOrPresent LocalDate superiorApprovalOn) {
}
