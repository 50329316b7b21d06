package vn.partydev.reporting.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.reporting.service.RebuildProgress;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Progress of a rebuild of the read models. */
@Schema(description = "Progress of a rebuild of the read models from the beginning of the topics")
public record RebuildView(
        @Schema(description = "The rebuild", example = "3b6f0f3e-8a3c-4df5-9d0b-5d1cf8f0e2aa") UUID id,
        @Schema(description = "RUNNING, SWITCHED (the fresh read models serve) or FAILED", example = "RUNNING") String state,
        @Schema(description = "The fresh generation (schema) being filled", example = "rm_2") String targetSchema,
        @Schema(description = "When it started", example = "2026-06-15T10:00:00+07:00") OffsetDateTime startedAt,
        @Schema(description = "When it switched over or failed", example = "2026-06-15T10:04:10+07:00") OffsetDateTime finishedAt,
        @Schema(description = "Events read and applied so far", example = "1250000") long eventsApplied,
        @Schema(description = "Events still to read", example = "250000") long eventsRemaining,
        @Schema(description = "Events per second so far", example = "12500.0") Double eventsPerSecond,
        @Schema(description = "Seconds left at this rate", example = "20") Long etaSeconds,
        @Schema(description = "Why it failed", example = "null") String failure) {

    static RebuildView of(RebuildProgress progress) {
        return new RebuildView(progress.id(), progress.state(), progress.targetSchema(), progress.startedAt(), progress.finishedAt(),
                progress.eventsRead(), progress.eventsRemaining(), progress.eventsPerSecond(), progress.etaSeconds(), progress.failure());
    }
}
