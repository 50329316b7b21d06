package vn.partydev.admission.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.admission.domain.VerificationSubject;

import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.UUID;

/** Create one background verification task (thẩm tra lý lịch). */
@Schema(description = "A background verification task for one subject")
public record VerificationTaskRequest(
        @NotNull @Schema(description = "Whose background is verified", example = "FATHER") VerificationSubject subject,
        @Schema(description = "Another organisation asked to verify, if any", example = "00000000-0000-0000-0000-000000000001") UUID addressedTo,
        @NotNull @Schema(description = "Date the task was created", example = "2025-03-11") @PastOrPresent LocalDate createdOn,
        @Schema(description = "Date the result is due", example = "2025-04-11") LocalDate dueOn) {
}
