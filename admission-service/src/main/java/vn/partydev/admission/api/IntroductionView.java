package vn.partydev.admission.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.admission.domain.CaseState;
import vn.partydev.admission.domain.IntroducerKind;
import vn.partydev.admission.domain.Introduction;

import java.time.LocalDate;
import java.util.UUID;

/** An introduction (giới thiệu) of the applicant, with the case it belongs to. */
@Schema(description = "An introduction, with its case")
public record IntroductionView(
        @Schema(description = "Introduction id", example = "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e") UUID id,
        @Schema(description = "The admission case; read it at `caseUrl`", example = "3c9a1f0e-2b4d-4e6f-8a1b-9c0d1e2f3a4b") UUID caseId,
        @Schema(description = "The case's path in this API", example = "/api/v1/admission-cases/3c9a1f0e-2b4d-4e6f-8a1b-9c0d1e2f3a4b") String caseUrl,
        @Schema(description = "Where the case stands after this: INTRODUCED once the second introduction is recorded",
                example = "INTRODUCED") CaseState caseState,
        @Schema(description = "Who introduces", example = "OFFICIAL_MEMBER") IntroducerKind kind,
        @Schema(description = "The introducing member, for OFFICIAL_MEMBER") UUID memberId,
        @Schema(description = "Known the applicant since", example = "2023-01-01") LocalDate knownSince,
        @Schema(description = "Date of the introduction", example = "2025-02-12") LocalDate introducedOn) {

    static IntroductionView of(Introduction i) {
        return new IntroductionView(i.id, i.admissionCase.id, AdmissionCaseResource.caseUrl(i.admissionCase.id),
                i.admissionCase.state, i.kind, i.memberId, i.knownSince, i.introducedOn);
    }
}
