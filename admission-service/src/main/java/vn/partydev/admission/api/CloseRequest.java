package vn.partydev.admission.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** The case is rejected or withdrawn. */
@Schema(description = "Reject or withdraw a case")
public record CloseRequest(
        @NotNull @Schema(description = "Date", example = "2025-05-06") @PastOrPresent LocalDate on,
        @Size(max = 500) @Schema(description = "Why (kept in this service, never in events)", example = "Người xin vào Đảng rút đơn") String reason) {
}
