package vn.partydev.admission.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** One extension of a decision deadline (R-SLA-1, R-SLA-3), granted on its own date. */
@Schema(description = "Extend a decision deadline once. The extension is granted on its own date, on or before the"
        + " original due date; the new due date is at most the rule set's extension (30 working days) after the original one.")
public record ExtensionRequest(
        @NotNull @Schema(description = "Date the extension was granted: on or before the original due date (else 422 with"
                + " the rule id)", example = "2025-08-29") LocalDate grantedOn,
        @NotNull @Schema(description = "The new due date, after the original one and at most 30 working days after it",
                example = "2025-09-15") LocalDate extendedTo,
        @NotBlank @Size(max = 500) @Schema(description = "Why", example = "Chờ kết quả thẩm tra bổ sung") String reason) {
}
