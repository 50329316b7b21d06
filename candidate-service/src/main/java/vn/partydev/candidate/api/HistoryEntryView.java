package vn.partydev.candidate.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.candidate.domain.HistoryEntry;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One change or stage of a candidate. */
@Schema(description = "One change or stage in a candidate's history")
public record HistoryEntryView(
        @Schema(description = "What happened", example = "LISTED") String kind,
        @Schema(description = "The date it happened", example = "2025-10-01") LocalDate occurredOn,
        @Schema(description = "When it was recorded", example = "2025-10-02T08:15:30+07:00") OffsetDateTime recordedAt,
        @Schema(description = "Who recorded it: a user, or the service whose event told us", example = "cell-secretary-17") String actor,
        @Schema(description = "Details: changed fields, codes, dates", example = "status NOMINATED → LISTED") String detail) {

    public static HistoryEntryView of(HistoryEntry entry) {
        return new HistoryEntryView(entry.kind, entry.occurredOn, entry.recordedAt, entry.actor, entry.detail);
    }
}
