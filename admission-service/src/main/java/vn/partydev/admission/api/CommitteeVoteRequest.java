package vn.partydev.admission.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** The grassroots committee voted (R-VOTE-2). */
@Schema(description = "The grassroots committee vote on admission")
public record CommitteeVoteRequest(
        @NotNull @Schema(description = "Date of the meeting", example = "2025-05-20") @PastOrPresent LocalDate votedOn,
        @NotNull @Positive @Schema(description = "Members of the committee", example = "9") Integer members,
        @NotNull @PositiveOrZero @Schema(description = "Yes votes", example = "7") Integer yes,
        @NotNull @PositiveOrZero @Schema(description = "No votes", example = "1") Integer no,
        @NotNull @Schema(description = "The resolution the meeting recorded", example = "ADOPTED") Resolution resolution) {
}
