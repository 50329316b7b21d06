package vn.partydev.admission.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The cell meeting voted on admitting the applicant. */
@Schema(description = "The cell vote on admission; the electorate comes from the member roll")
public record CellVoteRequest(
        @NotNull @Schema(description = "Date of the meeting", example = "2025-05-06") @PastOrPresent LocalDate votedOn,
        @NotNull @PositiveOrZero @Schema(description = "Yes votes", example = "5") Integer yes,
        @NotNull @PositiveOrZero @Schema(description = "No votes", example = "2") Integer no,
        @Schema(description = "Official members of the cell temporarily away (miễn sinh hoạt tạm thời)") List<UUID> temporarilyAway,
        @Schema(description = "Members exempted from activity (miễn sinh hoạt) who were absent") List<UUID> exemptedAbsent,
        @NotNull @Schema(description = "The resolution the meeting recorded", example = "ADOPTED") Resolution resolution) {
}
