package vn.partydev.candidate.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.candidate.domain.Candidate;
import vn.partydev.candidate.domain.CandidateStatus;
import vn.partydev.platform.codes.Gender;
import vn.partydev.platform.codes.NominationSource;

import java.time.LocalDate;
import java.util.UUID;

/** One line of a candidate list. */
@Schema(description = "A candidate in a list")
public record CandidateSummary(
        @Schema(description = "Candidate id", example = "0b6f3c9e-8d1a-4e2b-a7f5-9c3d2e1b0a47") UUID id,
        @Schema(description = "Full name", example = "Nguyễn Thị Minh Anh") String fullName,
        @Schema(description = "Date of birth", example = "2004-05-17") LocalDate birthDate,
        @Schema(description = "Gender", example = "FEMALE") Gender gender,
        @Schema(description = "The cell", example = "3a7e4c02-5b8d-4e19-8f60-2d9b1c7e5a34") UUID cellId,
        @Schema(description = "Kind of nominating organisation", example = "YOUTH_UNION") NominationSource source,
        @Schema(description = "Nomination date", example = "2025-09-02") LocalDate nominatedOn,
        @Schema(description = "Pipeline status", example = "NOMINATED") CandidateStatus status) {

    public static CandidateSummary of(Candidate candidate) {
        return new CandidateSummary(candidate.id, candidate.fullName, candidate.categories.birthDate,
                candidate.categories.gender, candidate.cellId, candidate.source, candidate.nominatedOn, candidate.status);
    }
}
