package vn.partydev.candidate.api;

import jakarta.validation.Valid;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A PATCH of a candidate: corrections to the person and the nomination. */
@Schema(description = "Corrections to a candidate. Status, id, cell and organisation path cannot be set")
public record CandidateChanges(
        @Valid @Schema(description = "Changes to the person") PersonChanges person,
        @Valid @Schema(description = "Changes to the nomination") NominationChanges nomination) {
}
