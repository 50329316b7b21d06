package vn.partydev.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import vn.partydev.platform.events.KafkaClientSettings;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import vn.partydev.platform.events.CloudEventCodec;
import vn.partydev.platform.events.CloudEventCodec.OutgoingEvent;
import vn.partydev.platform.events.EventTrace;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Publishes the committed, unpublished outbox rows to the service's topic in outbox order, marks them published
 * and gives each its feed position. One relay is active per database, held by a PostgreSQL advisory lock on a
 * dedicated connection (other replicas wait as standbys). It is woken by {@link #wake()} when its own service's
 * transactions commit events, by {@code NOTIFY outbox_event} when another replica's do (see {@link Outbox}), and polls
 * slowly as a safety net. A broker failure rolls the batch back and is retried, so rows are published at least
 * once and in order; consumers drop the duplicates by {@code ce_id}.
 */
public final class OutboxRelay implements Runnable {

    /** The advisory lock that elects the active relay of a service (each service has its own database). */
    static final long LOCK_KEY = 0x5041525459455654L; // "PARTYEVT"

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long WAIT_SLICE_MILLIS = 250;
    // how long the relay waits for an in-process wake-up before it looks for a NOTIFY from another replica
    private static final long NOTIFY_CHECK_MILLIS = 20;

    private static final String SELECT_BATCH = """
            SELECT position, id, type, subject, occurred_at, data, traceparent
            FROM outbox_event WHERE published_at IS NULL ORDER BY position LIMIT ? FOR UPDATE SKIP LOCKED""";
    // the batch in one statement: feed positions follow the last one given, in outbox order
    private static final String MARK_PUBLISHED = """
            UPDATE outbox_event o SET published_at = clock_timestamp(), published_position = last.position + batch.ordinal
            FROM unnest(?::bigint[]) WITH ORDINALITY AS batch(position, ordinal),
                 (SELECT COALESCE(MAX(published_position), 0) AS position FROM outbox_event) AS last
            WHERE o.position = batch.position""";

    private final DataSource dataSource;
    private final RelaySettings settings;
    private final Counter published;
    private final Counter failures;
    private volatile boolean running;
    private volatile boolean active;
    private final Semaphore wakeups = new Semaphore(0);
    private Thread thread;
    private KafkaProducer<String, byte[]> producer;

    public OutboxRelay(DataSource dataSource, RelaySettings settings, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.published = Counter.builder("partydev.events.published")
                .description("Events the outbox relay published to Kafka")
                .tag("topic", settings.topic())
                .register(registry);
        this.failures = Counter.builder("partydev.outbox.relay.failures")
                .description("Batches the relay could not publish (broker unreachable) and will retry")
                .tag("topic", settings.topic())
                .register(registry);
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops publishing and releases the lock, so another relay may take over. */
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    /** Wakes the relay at once (events committed in this process); it publishes them in its next batch. */
    public void wake() {
        if (wakeups.availablePermits() == 0) {
            wakeups.release();
        }
    }

    /** Whether this relay holds the lock and is publishing (false for a standby). */
    public boolean isActive() {
        return active;
    }

    @Override
    public void run() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                if (lock(connection)) {
                    try {
                        relayWhileLeader(connection);
                    } finally {
                        active = false;
                        release(connection);
                    }
                } else {
                    pause(settings.pollInterval());
                }
            } catch (SQLException | RuntimeException e) {
                LOG.warnf("Outbox relay cannot reach the database (%s); retrying in %s", e.getMessage(), settings.retryBackoff());
                pause(settings.retryBackoff());
            }
        }
        closeProducer();
    }

    private boolean lock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private void release(Connection connection) {
        // The connection goes back to the pool: leave no lock and no subscription behind on it.
        try (Statement statement = connection.createStatement()) {
            statement.execute("UNLISTEN *");
            try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                unlock.setLong(1, LOCK_KEY);
                unlock.execute();
            }
        } catch (SQLException e) {
            LOG.debugf("Outbox relay connection already broken: %s", e.getMessage());
        }
    }

    private void relayWhileLeader(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN outbox_event");
        }
        active = true;
        LOG.infof("Outbox relay active: publishing to %s", settings.topic());
        PGConnection notifications = connection.unwrap(PGConnection.class);
        while (running) {
            int count;
            try {
                count = publishBatch(connection);
            } catch (BrokerFailure e) {
                failures.increment();
                LOG.warnf("Outbox relay cannot publish to %s (%s); retrying in %s",
                        settings.topic(), e.getMessage(), settings.retryBackoff());
                closeProducer();
                pause(settings.retryBackoff());
                continue;
            }
            if (count < settings.batchSize()) {
                awaitNotification(notifications);
            }
        }
    }

    /** Publishes one batch in one database transaction; returns how many rows it published. */
    int publishBatch(Connection connection) throws SQLException {
        wakeups.drainPermits();   // a wake-up from now on is for rows this batch may not see
        connection.setAutoCommit(false);
        try {
            List<Row> rows = unpublished(connection);
            if (!rows.isEmpty()) {
                send(rows);
                markPublished(connection, rows);
            }
            connection.commit();
            published.increment(rows.size());
            return rows.size();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private List<Row> unpublished(Connection connection) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT_BATCH)) {
            select.setInt(1, settings.batchSize());
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getLong(1), new OutgoingEvent(
                            result.getObject(2, UUID.class), result.getString(3), settings.source(), result.getString(4),
                            result.getObject(5, OffsetDateTime.class), result.getString(6), result.getString(7))));
                }
            }
        }
        return rows;
    }

    private void send(List<Row> rows) {
        KafkaProducer<String, byte[]> kafka = producer();
        List<Future<RecordMetadata>> acknowledgements = new ArrayList<>(rows.size());
        // one publishing span per event, in the trace of the request that wrote it; the record carries the span's traceparent
        List<EventTrace.Published> spans = new ArrayList<>(rows.size());
        try {
            for (Row row : rows) {
                EventTrace.Published span = EventTrace.publishing(row.event().traceparent(), settings.topic());
                spans.add(span);
                Future<RecordMetadata> acknowledgement =
                        kafka.send(CloudEventCodec.encode(settings.topic(), row.event().tracedBy(span.traceparent())));
                if (acknowledgement.isDone()) {
                    // refused at once (no metadata within max.block.ms: the broker is unreachable): every further send
                    // of the batch would wait as long, so the outage is reported now, not after the whole batch
                    acknowledgement.get();
                }
                acknowledgements.add(acknowledgement);
            }
            for (Future<RecordMetadata> acknowledgement : acknowledgements) {
                acknowledgement.get(60, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerFailure("interrupted", e);
        } catch (Exception e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new BrokerFailure(cause.getClass().getSimpleName() + ": " + cause.getMessage(), e);
        } finally {
            spans.forEach(EventTrace.Published::close);
        }
    }

    private void markPublished(Connection connection, List<Row> rows) throws SQLException {
        Long[] positions = rows.stream().map(Row::position).toArray(Long[]::new);
        try (PreparedStatement mark = connection.prepareStatement(MARK_PUBLISHED)) {
            mark.setArray(1, connection.createArrayOf("bigint", positions));
            mark.executeUpdate();
        }
    }

    private void awaitNotification(PGConnection connection) throws SQLException {
        long deadline = System.nanoTime() + settings.pollInterval().toNanos();
        while (running && System.nanoTime() < deadline) {
            try {
                if (wakeups.tryAcquire(NOTIFY_CHECK_MILLIS, TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            PGNotification[] received = connection.getNotifications(1);
            if (received != null && received.length > 0) {
                return;
            }
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(KafkaClientSettings.with(settings.bootstrapServers(), Map.of(
                    ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay" + settings.source().replace('/', '-'),
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.LINGER_MS_CONFIG, 1,
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000)),
                    new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    private void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    private void pause(Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        while (running && System.nanoTime() < deadline) {
            try {
                Thread.sleep(Math.min(WAIT_SLICE_MILLIS, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private record Row(long position, OutgoingEvent event) {
    }

    private static final class BrokerFailure extends RuntimeException {
        BrokerFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
