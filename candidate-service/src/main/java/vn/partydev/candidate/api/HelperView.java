package vn.partydev.candidate.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.candidate.domain.HelperAssignment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A helper assignment. */
@Schema(description = "A helping member's assignment")
public record HelperView(
        @Schema(description = "Assignment id", example = "9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4") UUID id,
        @Schema(description = "Member id", example = "5d0e7a3c-1f2b-4c6d-8e9a-0b1c2d3e4f50") UUID memberId,
        @Schema(description = "Date of the assignment", example = "2025-10-05") LocalDate assignedOn,
        @Schema(description = "Date of the release, null while helping", example = "2026-02-01") LocalDate releasedOn,
        @Schema(description = "Warnings of the assignment (R-CAND-2: official for less than 12 months)") List<Warning> warnings) {

    public static HelperView of(HelperAssignment assignment, List<Warning> warnings) {
        return new HelperView(assignment.id, assignment.memberId, assignment.assignedOn, assignment.releasedOn, warnings);
    }
}
