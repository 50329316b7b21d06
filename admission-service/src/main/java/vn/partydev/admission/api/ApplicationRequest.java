package vn.partydev.admission.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** The application letter (đơn xin vào Đảng) was received. */
@Schema(description = "The application letter was received")
public record ApplicationRequest(
        @NotNull @Schema(description = "Date the letter was received", example = "2025-03-05") @PastOrPresent LocalDate receivedOn) {
}
