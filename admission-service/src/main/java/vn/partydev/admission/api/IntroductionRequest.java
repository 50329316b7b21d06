package vn.partydev.admission.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.admission.domain.IntroducerKind;

import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.UUID;

/** An introduction (giới thiệu người vào Đảng), R-INTRO-1 and R-INTRO-2. */
@Schema(description = "An introduction of the applicant")
public record IntroductionRequest(
        @NotNull @Schema(description = "Who introduces", example = "OFFICIAL_MEMBER") IntroducerKind kind,
        @Schema(description = "The introducing member (OFFICIAL_MEMBER only)", example = "6b0c7a1e-2d3f-4e5a-8b9c-0d1e2f3a4b5c") UUID memberId,
        @Schema(description = "Since when the member has worked or lived with the applicant (OFFICIAL_MEMBER only)", example = "2023-09-01") @PastOrPresent LocalDate knownSince,
        @NotNull @Schema(description = "Date of the introduction", example = "2025-04-15") @PastOrPresent LocalDate introducedOn) {
}
