package vn.partydev.admission.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** One extension of a decision deadline (R-SLA-1, R-SLA-3). */
@Schema(description = "Extend a decision deadline once")
public record ExtensionRequest(
        @NotNull @Schema(description = "The new due date", example = "2025-09-15") LocalDate extendedTo,
        @NotBlank @Size(max = 500) @Schema(description = "Why", example = "Chờ kết quả thẩm tra bổ sung") String reason) {
}
