package vn.partydev.reporting.service;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jboss.logging.Logger;
import vn.partydev.platform.events.CloudEventCodec;
import vn.partydev.platform.events.DecodedEvent;
import vn.partydev.platform.events.DomainEvent;
import vn.partydev.platform.events.KafkaClientSettings;
import vn.partydev.platform.events.EventTypes;
import vn.partydev.platform.events.UndecodableEvent;
import vn.partydev.platform.inbox.InboxConfig;
import vn.partydev.platform.problem.Conflict;
import vn.partydev.platform.problem.NotFound;

import vn.partydev.reporting.service.LiveProjection.Projected;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rebuilds every read model from the beginning of the three topics into a fresh generation (schema) while the
 * active one keeps serving, then switches over in one transaction. The topics are read by a plain consumer of its
 * own (assigned partitions, no group, no commits) up to the end offsets seen at the start, facts only, staged with
 * COPY and applied set-wise ({@link SetWiseProjection}) in large transactions, without the generation's secondary
 * indexes ({@link DeferredIndexes}); the aggregates are then computed in bulk and the indexes created again; what
 * arrived meanwhile is applied live-style; finally, holding the pointer row (so the live consumer pauses), the last
 * records are applied and the pointer moves.
 */
@ApplicationScoped
public class RebuildService {

    private static final Logger LOG = Logger.getLogger(RebuildService.class);
    /** Events per transaction: each batch pays a fixed number of set-wise statements, so large batches amortise them. */
    private static final int BATCH = 10_000;
    private static final long LOCKED_CATCH_UP_LIMIT = 5_000;

    @Inject
    ReadModels readModels;

    @Inject
    LiveProjection live;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    InboxConfig consumer;

    private final Map<String, Class<? extends DomainEvent>> types = LiveProjection.EVENT_TYPES.stream()
            .collect(Collectors.toMap(EventTypes::typeOf, Function.identity()));
    private final Map<UUID, Run> runs = new HashMap<>();
    private final StagingTables staging = new StagingTables(LiveProjection.EVENT_TYPES);
    private final SetWiseProjection setWise = new SetWiseProjection(staging);

    /** Starts a rebuild; a second one while the first runs is a conflict. */
    public synchronized RebuildProgress start() {
        if (runs.values().stream().anyMatch(run -> run.state.equals("RUNNING"))) {
            throw new Conflict("REBUILD_RUNNING", "a rebuild is already running");
        }
        Run run = QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                String schema = "rm_" + SqlStatements.one(connection, "SELECT nextval('read_model_generation')", row -> row.getLong(1));
                SqlStatements.one(connection, "SELECT create_read_model(?)", row -> null, schema);
                Run created = new Run(UUID.randomUUID(), schema, OffsetDateTime.now());
                SqlStatements.update(connection, "INSERT INTO rebuild_run (id, target_schema, state, started_at) VALUES (?, ?, 'RUNNING', ?)",
                        created.id, schema, created.startedAt);
                return created;
            }
        });
        runs.put(run.id, run);
        Thread worker = new Thread(() -> execute(run), "read-model-rebuild");
        worker.setDaemon(true);
        worker.start();
        return run.progress();
    }

    public synchronized RebuildProgress progress(UUID id) {
        Run run = runs.get(id);
        if (run != null) {
            return run.progress();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                RebuildProgress stored = SqlStatements.one(connection, "SELECT id, state, target_schema, started_at, finished_at, "
                                + "events_applied, events_total, failure FROM rebuild_run WHERE id = ?",
                        row -> RebuildProgress.of(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                                row.getObject(4, OffsetDateTime.class), row.getObject(5, OffsetDateTime.class), row.getLong(6), row.getLong(7),
                                row.getString(8)), id);
                if (stored == null) {
                    throw new NotFound("rebuild", id);
                }
                return stored;
            }
        });
    }

    private void execute(Run run) {
        try (KafkaConsumer<byte[], byte[]> reader = reader()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : consumer.topics().orElseThrow()) {
                reader.partitionsFor(topic, Duration.ofSeconds(30)).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> beginning = reader.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = reader.endOffsets(partitions);
            run.total.set(partitions.stream().mapToLong(p -> end.get(p) - beginning.get(p)).sum());
            LOG.infof("Rebuild %s into %s: %d records to read from %s", run.id, run.schema, run.total.get(), consumer.topics().orElseThrow());

            DeferredIndexes[] deferred = new DeferredIndexes[1];
            inGeneration(run, connection -> deferred[0] = DeferredIndexes.drop(connection, run.schema));
            readUpTo(run, reader, end, false);
            QuarkusTransaction.requiringNew().timeout(3_600).run(() -> {
                try (Connection connection = readModels.generation(run.schema)) {
                    Aggregates.all(connection);
                    deferred[0].create(connection);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            LOG.infof("Rebuild %s: facts applied, aggregates computed; catching up", run.id);
            Map<TopicPartition, Long> latest = reader.endOffsets(partitions);
            while (remaining(reader, latest) > LOCKED_CATCH_UP_LIMIT) {
                run.total.addAndGet(remaining(reader, latest));
                readUpTo(run, reader, latest, true);
                latest = reader.endOffsets(partitions);
            }
            QuarkusTransaction.requiringNew().timeout(600).run(() -> switchOver(run, reader, partitions));
            dropObsoleteGenerations(run);
            run.finish("SWITCHED", null);
            LOG.infof("Rebuild %s: %s now serves; %d events read at %.0f events/s", run.id, run.schema, run.read.get(),
                    run.progress().eventsPerSecond() == null ? 0.0 : run.progress().eventsPerSecond());
        } catch (RuntimeException e) {
            LOG.errorf("Rebuild %s failed: %s", run.id, e.getMessage());
            run.finish("FAILED", e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            persist(run);
        }
    }

    private void inGeneration(Run run, Consumer<Connection> work) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = readModels.generation(run.schema)) {
                work.accept(connection);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * Keeps the generation now serving and the one it replaced, drops every other ({@code rm_<n>}, including those of
     * failed rebuilds). The replaced one stays because a report that read the pointer just before the switch is
     * still reading it (dropping it would fail that report, or queue the DROP behind its locks and every new reader
     * behind the DROP); it goes at the next switch-over.
     */
    private void dropObsoleteGenerations(Run run) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    List<String> obsolete = SqlStatements.list(connection, """
                            SELECT nspname FROM pg_namespace
                            WHERE nspname ~ '^rm_[0-9]+$' AND nspname NOT IN (?, ?)
                              AND nspname NOT IN (SELECT target_schema FROM rebuild_run WHERE state = 'RUNNING' AND id <> ?)
                            ORDER BY nspname
                            """, row -> row.getString(1), run.schema, run.replaced, run.id);
                    for (String schema : obsolete) {
                        SqlStatements.update(connection, "DROP SCHEMA " + schema + " CASCADE");
                    }
                    if (!obsolete.isEmpty()) {
                        LOG.infof("Rebuild %s: dropped the obsolete generations %s (kept %s and %s)", run.id, obsolete, run.schema, run.replaced);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (RuntimeException e) {
            LOG.warnf("Rebuild %s: switched over, but the obsolete generations could not be dropped (%s)", run.id, e.getMessage());
        }
    }

    /** Holding the pointer row: live writers wait; the last records are applied and the fresh generation takes over. */
    private void switchOver(Run run, KafkaConsumer<byte[], byte[]> reader, List<TopicPartition> partitions) {
        try (Connection connection = dataSource.getConnection()) {
            String previous = SqlStatements.one(connection, "SELECT active_schema FROM public.read_model FOR UPDATE", row -> row.getString(1));
            Map<TopicPartition, Long> last = reader.endOffsets(partitions);
            run.total.addAndGet(remaining(reader, last));
            try (Connection generation = readModels.generation(run.schema)) {
                while (remaining(reader, last) > 0) {
                    List<ConsumerRecord<byte[], byte[]>> batch = new ArrayList<>();
                    reader.poll(Duration.ofMillis(200)).forEach(batch::add);
                    applyLive(run, generation, batch);
                }
                // the calendar may have changed since the aggregates were computed
                WorkingCalendarDurations.bringUpToDate(generation);
            }
            SqlStatements.update(connection, "UPDATE public.read_model SET active_schema = ?", run.schema);
            run.replaced = previous;
            SqlStatements.one(connection, "SELECT set_config('search_path', 'public', true)", row -> null);
            LOG.infof("Rebuild %s: switched from %s to %s", run.id, previous, run.schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot switch read-model generations", e);
        }
    }

    private void readUpTo(Run run, KafkaConsumer<byte[], byte[]> reader, Map<TopicPartition, Long> end, boolean live) {
        long lastLog = System.nanoTime();
        while (remaining(reader, end) > 0) {
            List<ConsumerRecord<byte[], byte[]>> batch = new ArrayList<>();
            while (batch.size() < BATCH && remaining(reader, end) > 0) {
                for (ConsumerRecord<byte[], byte[]> record : reader.poll(Duration.ofMillis(200))) {
                    // records beyond the end offsets captured for this pass are applied too: they are simply early
                    batch.add(record);
                }
            }
            QuarkusTransaction.requiringNew().timeout(600).run(() -> {
                try (Connection connection = readModels.generation(run.schema)) {
                    SqlStatements.one(connection, "SELECT set_config('synchronous_commit', 'off', true)", row -> null);
                    if (live) {
                        applyLive(run, connection, batch);
                    } else {
                        stageAndApply(run, connection, batch);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            if (System.nanoTime() - lastLog > Duration.ofSeconds(5).toNanos()) {
                RebuildProgress progress = run.progress();
                LOG.infof("Rebuild %s: %d of %d events read, %d remaining, %.0f events/s, ETA %s s", run.id, progress.eventsRead(),
                        progress.eventsTotal(), progress.eventsRemaining(), progress.eventsPerSecond(), progress.etaSeconds());
                persist(run);
                lastLog = System.nanoTime();
            }
        }
    }

    /** Facts only, set-wise: the batch is copied into the staging tables and applied with one statement per fact. */
    private void stageAndApply(Run run, Connection connection, List<ConsumerRecord<byte[], byte[]>> records) {
        StagedBatch staged = new StagedBatch(staging);
        for (ConsumerRecord<byte[], byte[]> record : records) {
            run.read.incrementAndGet();
            Projected projected = decode(record);
            if (projected != null) {
                staged.add(run.sequence.incrementAndGet(), projected.id(), projected.time(), projected.event());
            }
        }
        if (staged.size() > 0) {
            staging.ensureCreated(connection);
            staged.copyInto(connection);
            setWise.apply(connection, staged);
        }
    }

    /** Records arriving while the rebuild catches up: applied as the live projection applies them (aggregates by difference). */
    private void applyLive(Run run, Connection connection, List<ConsumerRecord<byte[], byte[]>> records) {
        List<Projected> events = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            run.read.incrementAndGet();
            Projected projected = decode(record);
            if (projected != null) {
                events.add(projected);
            }
        }
        live.apply(connection, events);
    }

    /** A record the read models are built from, decoded; null for undecodable records and other event types. */
    private Projected decode(ConsumerRecord<byte[], byte[]> record) {
        DecodedEvent decoded;
        try {
            decoded = CloudEventCodec.decode(record);
        } catch (UndecodableEvent e) {
            return null;   // the live consumer dead-lettered it; it is no fact
        }
        Class<? extends DomainEvent> type = types.get(decoded.metadata().type());
        if (type == null) {
            return null;
        }
        try {
            return new Projected(decoded.data(type), decoded.metadata().id(), decoded.metadata().time());
        } catch (UndecodableEvent e) {
            return null;
        }
    }


    private static long remaining(KafkaConsumer<byte[], byte[]> reader, Map<TopicPartition, Long> end) {
        long remaining = 0;
        for (var entry : end.entrySet()) {
            remaining += Math.max(0, entry.getValue() - reader.position(entry.getKey()));
        }
        return remaining;
    }

    private KafkaConsumer<byte[], byte[]> reader() {
        return new KafkaConsumer<>(KafkaClientSettings.with(consumer.bootstrapServers(), Map.of(
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000,
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024)),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private void persist(Run run) {
        RebuildProgress progress = run.progress();
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection()) {
                SqlStatements.update(connection, "UPDATE rebuild_run SET state = ?, finished_at = ?, events_applied = ?, events_total = ?, "
                        + "failure = ? WHERE id = ?", progress.state(), progress.finishedAt(), progress.eventsRead(), progress.eventsTotal(),
                        progress.failure(), run.id);
            } catch (SQLException e) {
                LOG.warnf("Rebuild %s: cannot record progress (%s)", run.id, e.getMessage());
            }
        });
    }

    /** One rebuild in this process. */
    private static final class Run {
        final UUID id;
        final String schema;
        final OffsetDateTime startedAt;
        final AtomicLong read = new AtomicLong();
        final AtomicLong total = new AtomicLong();
        final AtomicLong sequence = new AtomicLong();
        volatile String state = "RUNNING";
        volatile OffsetDateTime finishedAt;
        volatile String failure;
        volatile String replaced;

        Run(UUID id, String schema, OffsetDateTime startedAt) {
            this.id = id;
            this.schema = schema;
            this.startedAt = startedAt;
        }

        void finish(String finalState, String why) {
            finishedAt = OffsetDateTime.now();
            failure = why;
            state = finalState;
        }

        RebuildProgress progress() {
            return RebuildProgress.of(id, state, schema, startedAt, finishedAt, read.get(), total.get(), failure);
        }
    }
}
