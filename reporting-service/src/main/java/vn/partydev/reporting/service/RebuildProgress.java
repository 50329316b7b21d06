package vn.partydev.reporting.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Where a rebuild of the read models stands.
 *
 * @param state RUNNING, SWITCHED (done: the fresh generation serves) or FAILED
 */
public record RebuildProgress(UUID id, String state, String targetSchema, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                              long eventsRead, long eventsTotal, Double eventsPerSecond, Long etaSeconds, String failure) {

    public long eventsRemaining() {
        return Math.max(0, eventsTotal - eventsRead);
    }

    static RebuildProgress of(UUID id, String state, String schema, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                              long read, long total, String failure) {
        OffsetDateTime end = finishedAt != null ? finishedAt : OffsetDateTime.now();
        double seconds = Math.max(0.001, Duration.between(startedAt, end).toMillis() / 1000.0);
        Double rate = read == 0 ? null : read / seconds;
        Long eta = rate == null || finishedAt != null ? null : (long) Math.ceil(Math.max(0, total - read) / rate);
        return new RebuildProgress(id, state, schema, startedAt, finishedAt, read, total, rate, eta, failure);
    }
}
