package vn.partydev.candidate.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.candidate.domain.Candidate;
import vn.partydev.candidate.domain.CandidateStatus;
import vn.partydev.platform.events.candidate.CandidateRemovedFromList.RemovalReason;

import java.time.LocalDate;
import java.util.UUID;

/** A candidate as the API shows it. */
@Schema(description = "A candidate: the person, the nomination and where they stand in the pipeline")
public record CandidateView(
        @Schema(description = "Candidate id (also the person's id in training and admission)", example = "0b6f3c9e-8d1a-4e2b-a7f5-9c3d2e1b0a47") UUID id,
        @Schema(description = "The person") PersonDetails person,
        @Schema(description = "The nomination") NominationDetails nomination,
        @Schema(description = "Materialised path of the cell, for the organisation tree", example = "/00000000-0000-0000-0000-000000000001/3a7e4c02-5b8d-4e19-8f60-2d9b1c7e5a34/") String organisationPath,
        @Schema(description = "Pipeline status, derived by the service", example = "LISTED") CandidateStatus status,
        @Schema(description = "Date of the cell resolution putting the person on the list", example = "2025-10-01") LocalDate listedOn,
        @Schema(description = "First enrolment in an awareness class", example = "2025-11-03") LocalDate enrolledOn,
        @Schema(description = "Date of the awareness certificate", example = "2025-12-12") LocalDate certifiedOn,
        @Schema(description = "Date of removal from the list", example = "2026-01-15") LocalDate removedOn,
        @Schema(description = "Reason for the removal", example = "MOVED_AWAY") RemovalReason removalReason,
        @Schema(description = "The cell's note on the removal (free text, never published)", example = "Chuyển công tác vào TP Hồ Chí Minh") String removalNote,
        @Schema(description = "Rule set the nomination was checked under", example = "294-QD-TW-2025") String ruleSet,
        @Schema(description = "Version, also sent as the ETag", example = "3") long version) {

    public static CandidateView of(Candidate candidate) {
        return new CandidateView(candidate.id,
                PersonDetails.of(candidate),
                new NominationDetails(candidate.source, candidate.sourceOrganisationName, candidate.nominatedOn, candidate.cellId),
                candidate.organisationPath, candidate.status, candidate.listedOn, candidate.enrolledOn,
                candidate.certifiedOn, candidate.removedOn, candidate.removalReason, candidate.removalNote,
                candidate.ruleSet, candidate.version);
    }
}
