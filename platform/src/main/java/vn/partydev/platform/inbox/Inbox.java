package vn.partydev.platform.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The idempotent consumer: applies an event's effect and records {@code processed_event(consumer, event_id)} in
 * one transaction, so a second delivery of the same event finds the row and changes nothing.
 */
final class Inbox {

    private static final String RECORD = """
            INSERT INTO processed_event (consumer, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING""";

    private final DataSource dataSource;

    Inbox(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code effect} unless the consumer has processed the event already; returns whether it ran. */
    boolean applyOnce(String consumer, UUID eventId, Runnable effect) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!firstDelivery(consumer, eventId)) {
                return false;
            }
            effect.run();
            return true;
        });
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

    /** The database could not be reached: the record must be read again later, not dead-lettered. */
    static final class InboxUnavailable extends RuntimeException {
        InboxUnavailable(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
