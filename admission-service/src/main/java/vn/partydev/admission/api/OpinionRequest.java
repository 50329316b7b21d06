package vn.partydev.admission.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.admission.domain.OpinionGiver;

import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** An opinion (nhận xét) of a mass organisation or of the residence cell. */
@Schema(description = "An opinion on the applicant")
public record OpinionRequest(
        @NotNull @Schema(description = "Who gave the opinion", example = "RESIDENCE_CELL") OpinionGiver giver,
        @NotNull @Schema(description = "Date of the opinion", example = "2025-04-20") @PastOrPresent LocalDate givenOn,
        @NotNull @Schema(description = "Whether the opinion supports the admission", example = "true") Boolean favourable,
        @Size(max = 2000) @Schema(description = "Summary (kept in this service, never in events)", example = "Gương mẫu ở khu dân cư") String summary) {
}
