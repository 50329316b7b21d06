package vn.partydev.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.common.TopicPartition;
import vn.partydev.platform.inbox.ConsumerLag;
import vn.partydev.platform.inbox.InboxConfig;
import vn.partydev.platform.problem.NotFound;
import vn.partydev.platform.problem.NotYetKnown;
import vn.partydev.platform.problem.ProblemException;
import vn.partydev.reporting.domain.Freshness;
import vn.partydev.reporting.events.ReadModelSubscriber;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Tells how fresh the read models are: the positions the live projection has applied (written in its transactions,
 * {@code consumer_position}) against the broker's latest end offsets ({@link ConsumerLag}). Read on a report's own
 * connection before its figures, so the figures are at least as fresh as what it claims.
 */
@ApplicationScoped
public class ReadModelFreshness {

    /** How long a client should wait before asking again about something not learned yet. */
    static final long RETRY_AFTER_SECONDS = 5;

    @Inject
    ConsumerLag lag;

    @Inject
    InboxConfig consumer;

    private final AtomicReference<Instant> completeAt = new AtomicReference<>();

    /** What the report says about its freshness, and its {@code asOf}: every event the broker held before it is counted. */
    public record State(Freshness freshness, OffsetDateTime asOf, List<String> warnings) {
    }

    public State of(Connection connection) {
        Map<TopicPartition, Long> applied = applied(connection);
        OffsetDateTime latestEvent = SqlStatements.one(connection, "SELECT as_of FROM projection_state", row -> row.getObject(1, OffsetDateTime.class));
        var reading = lag.latest();
        List<String> warnings = new ArrayList<>();
        List<Freshness.TopicFreshness> topics = new ArrayList<>();
        boolean complete = reading.isPresent();
        for (String topic : consumer.topics().orElse(List.of())) {
            Map<Integer, Long> positions = new TreeMap<>();
            Map<Integer, Long> ends = new TreeMap<>();
            long behind = 0;
            Instant since = null;
            if (reading.isPresent()) {
                for (var end : reading.get().endOffsets().entrySet()) {
                    if (!end.getKey().topic().equals(topic)) {
                        continue;
                    }
                    long position = applied.getOrDefault(end.getKey(), 0L);
                    positions.put(end.getKey().partition(), position);
                    ends.put(end.getKey().partition(), end.getValue());
                    if (end.getValue() > position) {
                        behind += end.getValue() - position;
                        Instant partitionSince = reading.get().behindSince().getOrDefault(end.getKey(), reading.get().takenAt());
                        since = since == null || partitionSince.isBefore(since) ? partitionSince : since;
                    }
                }
            }
            long seconds = since == null ? 0 : Math.max(0, Duration.between(since, Instant.now()).toSeconds());
            topics.add(new Freshness.TopicFreshness(topic, positions, ends, behind, seconds));
            if (behind > 0) {
                complete = false;
                warnings.add("Reporting is %d event(s) behind %s (for about %d s): the figures may be incomplete."
                        .formatted(behind, topic, seconds));
            }
        }
        if (reading.isEmpty()) {
            warnings.add("The broker's end offsets have not been read yet since start-up: the figures may be incomplete.");
        } else if (complete) {
            completeAt.accumulateAndGet(reading.get().takenAt(), (a, b) -> a == null || b.isAfter(a) ? b : a);
        }
        long recounting = WorkingCalendarDurations.waitingCells(connection);
        if (recounting > 0) {
            warnings.add(("The working calendar was corrected: the funnel's durations of %d cell(s) still count the previous working days "
                    + "while they are recounted.").formatted(recounting));
        }
        Instant asOf = completeAt.get();
        if (!complete) {
            warnings.add(asOf == null ? "No instant is known up to which every event is counted."
                    : "Every event published before " + at(asOf) + " is counted.");
        }
        return new State(new Freshness(complete, reading.map(r -> at(r.takenAt())).orElse(null), latestEvent, topics),
                asOf == null ? null : at(asOf), warnings);
    }

    /**
     * The answer for an organisation the read models do not hold: "not known yet" (503, retryable) while reporting may be
     * behind the producers, "not found" once it has applied everything the broker holds.
     */
    public ProblemException unknownOrganisation(Connection connection, UUID orgId) {
        State state = of(connection);
        if (state.freshness().complete()) {
            return new NotFound("organisation", orgId);
        }
        long behind = state.freshness().topics().stream().mapToLong(Freshness.TopicFreshness::behindEvents).sum();
        return new NotYetKnown("Reporting has not learned organisation %s yet (it is %d event(s) behind the producers); try again shortly"
                .formatted(orgId, behind), RETRY_AFTER_SECONDS);
    }

    private Map<TopicPartition, Long> applied(Connection connection) {
        Map<TopicPartition, Long> applied = new HashMap<>();
        SqlStatements.list(connection, "SELECT topic, partition, next_offset FROM public.consumer_position WHERE consumer = ?",
                row -> applied.put(new TopicPartition(row.getString(1), row.getInt(2)), row.getLong(3)), ReadModelSubscriber.NAME);
        return applied;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.ofHours(7));
    }
}
