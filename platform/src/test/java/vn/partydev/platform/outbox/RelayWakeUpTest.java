package vn.partydev.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import vn.partydev.platform.testapp.Assignments;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the relay learns of new events: in-process when the writing process's own relay is the active one (no
 * {@code NOTIFY}, whose commit lock serialises the cluster's commits), by {@code NOTIFY outbox_event} when the active
 * relay is elsewhere. A listener of the test's own watches what the writes notify. The relay's safety-net poll is 2 s
 * here: each of several events published within a second is the wake-up's doing, not the poll's.
 */
@QuarkusTest
class RelayWakeUpTest {

    private static final int EVENTS = 8;
    private static final Duration PROMPTLY = Duration.ofSeconds(1);

    @Inject
    Assignments assignments;

    @Inject
    OutboxRelayRunner runner;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry registry;

    @Test
    void anEventWrittenWhileThisProcessRelaysIsPublishedPromptlyWithoutNotify() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(runner::isActive);
        try (Listener listener = new Listener(dataSource.getConnection())) {
            for (Duration took : writeAndAwaitPublication()) {
                assertTrue(took.compareTo(PROMPTLY) < 0, "published " + took.toMillis() + " ms after the commit");
            }
            assertEquals(0, listener.received(), "no write sent NOTIFY outbox_event");
        }
    }

    @Test
    void aWriteWhileAnotherRelayIsActiveNotifiesItAndIsPublishedPromptly() throws Exception {
        runner.pause();
        // the relay of "another replica": same database, not this process's runner
        OutboxRelay other = new OutboxRelay(dataSource, runner.settings(), registry);
        other.start();
        try (Listener listener = new Listener(dataSource.getConnection())) {
            await().atMost(Duration.ofSeconds(30)).until(other::isActive);
            for (Duration took : writeAndAwaitPublication()) {
                assertTrue(took.compareTo(PROMPTLY) < 0, "published " + took.toMillis() + " ms after the commit");
            }
            assertTrue(listener.received() >= 1, "the writes sent NOTIFY outbox_event");
        } finally {
            other.stop();
            runner.resume();
        }
    }

    /** Writes events one at a time, each after the last was published; how long each took from its commit. */
    private List<Duration> writeAndAwaitPublication() {
        List<Duration> took = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            UUID person = UUID.randomUUID();
            assignments.assign(person, UUID.randomUUID(), LocalDate.of(2026, 7, 1 + i));
            long committed = System.nanoTime();
            await().pollInterval(Duration.ofMillis(10)).atMost(Duration.ofSeconds(30)).until(() -> OutboxRows.count(dataSource, person, true) == 1);
            took.add(Duration.ofNanos(System.nanoTime() - committed));
        }
        return took;
    }

    /** A connection listening on the relay's channel, as a relay would. */
    private static final class Listener implements AutoCloseable {

        private final Connection connection;

        Listener(Connection connection) throws SQLException {
            this.connection = connection;
            try (Statement statement = connection.createStatement()) {
                statement.execute("LISTEN outbox_event");
            }
        }

        int received() throws SQLException {
            PGNotification[] notifications = connection.unwrap(PGConnection.class).getNotifications(200);
            return notifications == null ? 0 : notifications.length;
        }

        @Override
        public void close() throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute("UNLISTEN *");
            } finally {
                connection.close();
            }
        }
    }
}
