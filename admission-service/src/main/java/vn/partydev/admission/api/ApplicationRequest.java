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

/** The application letter (đơn xin vào Đảng) was received. */
@Schema(description = "The application letter was received")
public record ApplicationRequest(
        @NotNull @Schema(description = "Date the letter was received", example = "2025-03-05") LocalDate receivedOn) {
}
