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

/** The admission ceremony (lễ kết nạp). */
@Schema(description = "The ceremony was held")
public record CeremonyRequest(
        @NotNull @Schema(description = "Date of the ceremony: the day of entry", example = "2025-06-20") LocalDate heldOn,
        @Schema(description = "Date of the superior committee approval of a late ceremony (R-SLA-2)", example = "2025-07-10") LocalDate superiorApprovalOn) {
}
