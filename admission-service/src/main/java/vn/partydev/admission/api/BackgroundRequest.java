package vn.partydev.admission.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** The self-declared background (lý lịch của người xin vào Đảng) was handed in. */
@Schema(description = "The background declaration was handed in")
public record BackgroundRequest(
        @NotNull @Schema(description = "Date the declaration was handed in", example = "2025-03-10") @PastOrPresent LocalDate declaredOn) {
}
