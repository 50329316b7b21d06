package vn.partydev.admission.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.admission.domain.ProvincialConsent;

import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** A written consent of the provincial standing committee (R-AGE-1 over 60, R-EDU-1 literacy only). */
@Schema(description = "A provincial consent")
public record ConsentRequest(
        @NotNull @Schema(description = "What the consent allows", example = "OLDER_APPLICANT") ProvincialConsent kind,
        @NotNull @Schema(description = "Date of the consent", example = "2025-04-10") @PastOrPresent LocalDate consentedOn) {
}
