package vn.partydev.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** How fresh a report's figures are: what reporting has applied of each topic against what the broker holds. */
@Schema(description = "How fresh the figures are: per topic, the positions reporting has applied against the broker's end offsets")
public record Freshness(
        @Schema(description = "True when reporting had applied every event the broker held at `checkedAt`: the figures are complete up to then")
        boolean complete,
        @Schema(description = "When the broker's end offsets were read (absent before the first reading after start-up)",
                example = "2026-04-01T08:15:31+07:00") OffsetDateTime checkedAt,
        @Schema(description = "The time of the latest event applied (its CloudEvents time)", example = "2026-04-01T08:15:30+07:00")
        OffsetDateTime latestEventApplied,
        @Schema(description = "Per topic read") List<TopicFreshness> topics) {

    /** One topic: positions applied and end offsets per partition, and how far behind reporting is. */
    @Schema(description = "One topic: positions applied and end offsets per partition, and how far behind reporting is")
    public record TopicFreshness(
            @Schema(description = "The topic", example = "partydev.admission.v1") String topic,
            @Schema(description = "Per partition, the offset of the next event to apply (everything before it is counted)",
                    example = "{\"0\": 1520, \"1\": 1497}") Map<Integer, Long> applied,
            @Schema(description = "Per partition, the broker's end offset when checked", example = "{\"0\": 1520, \"1\": 1502}")
            Map<Integer, Long> endOffsets,
            @Schema(description = "Events the broker held that are not applied yet", example = "5") long behindEvents,
            @Schema(description = "For how long reporting has been behind on this topic, in seconds (0 when not behind)", example = "2")
            long behindSeconds) {
    }
}
