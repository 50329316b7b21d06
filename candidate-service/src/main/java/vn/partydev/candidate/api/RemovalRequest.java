package vn.partydev.candidate.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.platform.events.candidate.CandidateRemovedFromList.RemovalReason;

import java.time.LocalDate;

/** The cell takes a person off its list. */
@Schema(description = "Removal of a candidate from the cell's list")
public record RemovalRequest(
        @NotNull @PastOrPresent
        @Schema(description = "Date of the removal", example = "2026-01-15") LocalDate removedOn,
        @NotNull
        @Schema(description = "Reason code (published)", example = "MOVED_AWAY") RemovalReason reason,
        @Size(max = 2000)
        @Schema(description = "The cell's explanation, free text (kept in this service, never published)", example = "Chuyển công tác vào TP Hồ Chí Minh")
        String note) {
}
