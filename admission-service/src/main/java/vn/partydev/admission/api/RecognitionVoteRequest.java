package vn.partydev.admission.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A cell vote on recognising the probationary member as official. */
@Schema(description = "A recognition vote; the electorate comes from the member roll")
public record RecognitionVoteRequest(
        @NotNull @Schema(description = "Date of the meeting", example = "2026-06-25") @PastOrPresent LocalDate votedOn,
        @NotNull @PositiveOrZero @Schema(description = "Yes votes", example = "5") Integer yes,
        @NotNull @PositiveOrZero @Schema(description = "No votes", example = "0") Integer no,
        @Schema(description = "Official members temporarily away") List<UUID> temporarilyAway,
        @Schema(description = "Exempted members who were absent") List<UUID> exemptedAbsent) {
}
