package vn.partydev.admission.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.admission.domain.CaseState;
import vn.partydev.admission.domain.Opinion;
import vn.partydev.admission.domain.OpinionGiver;

import java.time.LocalDate;
import java.util.UUID;

/** An opinion of a mass organisation or of the residence cell on the applicant, with the case it belongs to. */
@Schema(description = "An opinion on the applicant, with its case")
public record OpinionRecordView(
        @Schema(description = "Opinion id", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") UUID id,
        @Schema(description = "The admission case; read it at `caseUrl`", example = "3c9a1f0e-2b4d-4e6f-8a1b-9c0d1e2f3a4b") UUID caseId,
        @Schema(description = "The case's path in this API", example = "/api/v1/admission-cases/3c9a1f0e-2b4d-4e6f-8a1b-9c0d1e2f3a4b") String caseUrl,
        @Schema(description = "Where the case stands", example = "INTRODUCED") CaseState caseState,
        @Schema(description = "Who gave it", example = "RESIDENCE_CELL") OpinionGiver giver,
        @Schema(description = "Date", example = "2025-02-14") LocalDate givenOn,
        @Schema(description = "Supports the admission", example = "true") boolean favourable,
        @Schema(description = "Summary", example = "Gương mẫu, được nhân dân tín nhiệm") String summary) {

    static OpinionRecordView of(Opinion o) {
        return new OpinionRecordView(o.id, o.admissionCase.id, AdmissionCaseResource.caseUrl(o.admissionCase.id),
                o.admissionCase.state, o.giver, o.givenOn, o.favourable, o.summary);
    }
}
