package vn.partydev.admission.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.admission.domain.CaseState;
import vn.partydev.admission.domain.VerificationSubject;
import vn.partydev.admission.domain.VerificationTask;

import java.time.LocalDate;
import java.util.UUID;

/** A background verification task (thẩm tra lý lịch) of an admission case, with the case it belongs to. */
@Schema(description = "A background verification task, with its case")
public record VerificationTaskView(
        @Schema(description = "Task id", example = "8f14e45f-ceea-467f-a0e5-1b2c3d4e5f60") UUID id,
        @Schema(description = "The admission case; read it at `caseUrl`", example = "3c9a1f0e-2b4d-4e6f-8a1b-9c0d1e2f3a4b") UUID caseId,
        @Schema(description = "The case's path in this API", example = "/api/v1/admission-cases/3c9a1f0e-2b4d-4e6f-8a1b-9c0d1e2f3a4b") String caseUrl,
        @Schema(description = "Where the case stands after this", example = "BACKGROUND_DECLARED") CaseState caseState,
        @Schema(description = "Whose background", example = "APPLICANT") VerificationSubject subject,
        @Schema(description = "Organisation asked to verify, if another one") UUID addressedTo,
        @Schema(description = "Created", example = "2025-01-09") LocalDate createdOn,
        @Schema(description = "Due", example = "2025-02-09") LocalDate dueOn,
        @Schema(description = "Completed") LocalDate completedOn,
        @Schema(description = "Exempted") LocalDate exemptedOn,
        @Schema(description = "The exempted relative's member id") UUID exemptedMemberId) {

    static VerificationTaskView of(VerificationTask t) {
        return new VerificationTaskView(t.id, t.admissionCase.id, AdmissionCaseResource.caseUrl(t.admissionCase.id),
                t.admissionCase.state, t.subject, t.addressedTo, t.createdOn, t.dueOn, t.completedOn, t.exemptedOn,
                t.exemptedMemberId);
    }
}
