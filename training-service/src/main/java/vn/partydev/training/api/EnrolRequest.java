package vn.partydev.training.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person to enrol")
public record EnrolRequest(
        @Schema(description = "The candidate id (AWARENESS classes) or member id (NEW_MEMBER_THEORY classes)",
                example = "8d2f7a3c-1e4b-4c6d-9f0a-2b3c4d5e6f70")
        @NotNull UUID personId,
        @Schema(description = "Enrolment date; today if omitted", example = "2026-02-20")
        @PastOrPresent LocalDate enrolledOn) {
}
