package vn.partydev.candidate.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A helping member is released. */
@Schema(description = "Release of a helping member")
public record HelperReleaseRequest(
        @NotNull @PastOrPresent
        @Schema(description = "Date of the release", example = "2026-02-01") LocalDate releasedOn) {
}
