package vn.partydev.candidate.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A nomination of a person to a cell. The status, id and organisation path are the service's, never the caller's. */
@OldEnoughForNomination
@Schema(description = "A person nominated to a cell")
public record NewCandidateRequest(
        @NotNull @Valid
        @Schema(description = "The person")
        PersonDetails person,
        @NotNull @Valid
        @Schema(description = "The nomination")
        NominationDetails nomination) {
}
