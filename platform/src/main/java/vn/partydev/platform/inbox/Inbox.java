package vn.partydev.platform.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.apache.kafka.common.TopicPartition;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The idempotent consumer: applies an event's effect and records {@code processed_event(consumer, event_id)} in
 * one transaction, so a second delivery of the same event finds the row and changes nothing. Batch consumers also
 * record, in that transaction, how far they have applied each partition ({@code consumer_position}).
 */
final class Inbox {

    private static final String RECORD = """
            INSERT INTO processed_event (consumer, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING""";
    private static final String RECORD_ALL = """
            INSERT INTO processed_event (consumer, event_id) SELECT ?, unnest(?::uuid[]) ON CONFLICT DO NOTHING RETURNING event_id""";
    private static final String POSITIONS = """
            INSERT INTO consumer_position (consumer, topic, partition, next_offset, updated_at)
            SELECT ?, unnest(?::text[]), unnest(?::int[]), unnest(?::bigint[]), now()
            ON CONFLICT (consumer, topic, partition) DO UPDATE SET next_offset = excluded.next_offset, updated_at = excluded.updated_at""";

    /** A batch may hold thousands of events: more time than a request's transaction. */
    private static final Duration BATCH_TIMEOUT = Duration.ofMinutes(5);
    private static final int ANSWER_TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;

    Inbox(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code effect} unless the consumer has processed the event already; returns whether it ran. */
    boolean applyOnce(String consumer, UUID eventId, Runnable effect) {
        return QuarkusTransaction.requiringNew().call(() -> applyOnceInCurrentTransaction(consumer, eventId, effect));
    }

    /** {@link #applyOnce} within the caller's transaction: for {@link #inOneTransaction}. */
    boolean applyOnceInCurrentTransaction(String consumer, UUID eventId, Runnable effect) {
        if (!firstDelivery(consumer, eventId)) {
            return false;
        }
        effect.run();
        return true;
    }

    /** Runs {@code work} in a new transaction of its own, committed once at its end. */
    void inOneTransaction(Runnable work) {
        QuarkusTransaction.requiringNew().timeout((int) BATCH_TIMEOUT.toSeconds()).run(work);
    }

    /**
     * Hands the events the consumer has not processed yet to {@code handler}, in order, and records them and the
     * partitions' {@code positions} (next offsets; may be empty) in one transaction; returns how many were new.
     */
    int applyBatchOnce(String consumer, List<DeliveredEvent> events, Map<TopicPartition, Long> positions, BatchHandler handler) {
        return QuarkusTransaction.requiringNew().timeout((int) BATCH_TIMEOUT.toSeconds()).call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                List<DeliveredEvent> fresh = events.isEmpty() ? List.of() : firstDeliveries(connection, consumer, events);
                if (!fresh.isEmpty()) {
                    handler.handle(fresh);
                }
                if (!positions.isEmpty()) {
                    record(connection, consumer, positions);
                }
                return fresh.size();
            } catch (SQLException e) {
                throw new InboxUnavailable(e);
            }
        });
    }

    /** Whether the database answers now (a fresh connection, validated). */
    boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(ANSWER_TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private boolean firstDelivery(String consumer, UUID eventId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(RECORD)) {
            insert.setString(1, consumer);
            insert.setObject(2, eventId);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new InboxUnavailable(e);
        }
    }

    private static List<DeliveredEvent> firstDeliveries(Connection connection, String consumer, List<DeliveredEvent> events) throws SQLException {
        Set<UUID> fresh = new HashSet<>();
        try (PreparedStatement insert = connection.prepareStatement(RECORD_ALL)) {
            insert.setString(1, consumer);
            insert.setArray(2, connection.createArrayOf("uuid", events.stream().map(e -> e.meta().id()).toArray()));
            try (ResultSet inserted = insert.executeQuery()) {
                while (inserted.next()) {
                    fresh.add(inserted.getObject(1, UUID.class));
                }
            }
        }
        List<DeliveredEvent> firstTime = new ArrayList<>(fresh.size());
        for (DeliveredEvent event : events) {
            if (fresh.remove(event.meta().id())) {   // an id twice in the batch is applied at its first place only
                firstTime.add(event);
            }
        }
        return firstTime;
    }

    private static void record(Connection connection, String consumer, Map<TopicPartition, Long> positions) throws SQLException {
        List<TopicPartition> partitions = List.copyOf(positions.keySet());
        try (PreparedStatement upsert = connection.prepareStatement(POSITIONS)) {
            upsert.setString(1, consumer);
            upsert.setArray(2, connection.createArrayOf("text", partitions.stream().map(TopicPartition::topic).toArray()));
            upsert.setArray(3, connection.createArrayOf("integer", partitions.stream().map(TopicPartition::partition).toArray()));
            upsert.setArray(4, connection.createArrayOf("bigint", partitions.stream().map(positions::get).toArray()));
            upsert.executeUpdate();
        }
    }

    /** The database could not be reached: the record must be read again later, not dead-lettered. */
    static final class InboxUnavailable extends RuntimeException {
        InboxUnavailable(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
