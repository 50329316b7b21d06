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

/** The self-declared background (lý lịch của người xin vào Đảng) was handed in. */
@Schema(description = "The background declaration was handed in")
public record BackgroundRequest(
        @NotNull @Schema(description = "Date the declaration was handed in", example = "2025-03-10") LocalDate declaredOn) {
}
