package vn.partydev.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.partydev.local.PartyDevTestInfrastructure;
import vn.partydev.platform.TopicReader;
import vn.partydev.platform.events.EventJson;
import vn.partydev.platform.events.Traceparent;
import vn.partydev.platform.events.candidate.HelperAssigned;
import vn.partydev.platform.testapp.Assignments;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class OutboxTest {

    private static final String TOPIC = "partydev.candidate.v1";

    @Inject
    Assignments assignments;

    @Inject
    Outbox outbox;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void rolledBackChangePublishesNothing() throws SQLException {
        UUID person = UUID.randomUUID();
        assertThrows(IllegalStateException.class,
                () -> assignments.assignThenFail(person, UUID.randomUUID(), LocalDate.of(2026, 3, 2)));
        assertEquals(0, count("SELECT count(*) FROM outbox_event WHERE subject = ?", person.toString()));
        assertEquals(0, count("SELECT count(*) FROM test_assignment WHERE candidate_id = ?", person));
        // a later committed event of the same person (same key, same partition) marks how far to read
        HelperAssigned marker = assignments.assign(person, UUID.randomUUID(), LocalDate.of(2026, 3, 3));

        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(bootstrap(), TOPIC,
                seen -> !TopicReader.withSubject(seen, person).isEmpty(), Duration.ofSeconds(30));

        List<ConsumerRecord<String, byte[]>> mine = TopicReader.withSubject(records, person);
        assertEquals(1, mine.size(), "only the committed marker is published");
        assertEquals(EventJson.write(marker), new String(mine.get(0).value(), StandardCharsets.UTF_8));
    }

    @Test
    void committedChangeIsPublishedOnceWithCloudEventsHeaders() throws SQLException {
        UUID candidate = UUID.randomUUID();
        HelperAssigned event = assignments.assign(candidate, UUID.randomUUID(), LocalDate.of(2026, 3, 3));
        await().atMost(Duration.ofSeconds(30)).until(() -> isPublished(candidate));
        OutboxRow row = row(candidate);
        // a later event of the same person (same key, same partition): any second copy of the first comes before it
        HelperAssigned later = assignments.assign(candidate, UUID.randomUUID(), LocalDate.of(2026, 3, 4));

        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(bootstrap(), TOPIC,
                seen -> TopicReader.withSubject(seen, candidate).size() >= 2, Duration.ofSeconds(30));

        List<ConsumerRecord<String, byte[]>> mine = TopicReader.withSubject(records, candidate);
        assertEquals(2, mine.size(), "each event published exactly once");
        assertEquals(EventJson.write(later), new String(mine.get(1).value(), StandardCharsets.UTF_8));
        ConsumerRecord<String, byte[]> record = mine.get(0);
        assertEquals(candidate.toString(), record.key());
        assertEquals("1.0", TopicReader.header(record, "ce_specversion"));
        assertEquals(row.id().toString(), TopicReader.header(record, "ce_id"));
        assertEquals("vn.partydev.candidate.HelperAssigned.v1", TopicReader.header(record, "ce_type"));
        assertEquals("/partydev/platform-test", TopicReader.header(record, "ce_source"));
        assertEquals(candidate.toString(), TopicReader.header(record, "ce_subject"));
        assertEquals(row.occurredAt().toInstant(), OffsetDateTime.parse(TopicReader.header(record, "ce_time")).toInstant());
        assertEquals("application/json", TopicReader.header(record, "content-type"));
        assertTrue(Traceparent.isValid(TopicReader.header(record, "traceparent")), TopicReader.header(record, "traceparent"));
        assertEquals(EventJson.write(event), new String(record.value(), StandardCharsets.UTF_8));
        assertNotNull(row.publishedPosition(), "the row is kept, with its feed position");
    }

    @Test
    void publishingOutsideATransactionIsRefused() throws SQLException {
        UUID candidate = UUID.randomUUID();
        assertThrows(TransactionalException.class,
                () -> outbox.publish(new HelperAssigned(candidate, UUID.randomUUID(), LocalDate.of(2026, 3, 4))));
        assertEquals(0, count("SELECT count(*) FROM outbox_event WHERE subject = ?", candidate.toString()));
    }

    @Test
    void feedPositionsFollowPublicationOrder() throws SQLException {
        UUID candidate = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int day = 1; day <= 5; day++) {
                outbox.publish(new HelperAssigned(candidate, UUID.randomUUID(), LocalDate.of(2026, 4, day)));
            }
        });
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("SELECT count(*) FROM outbox_event WHERE subject = ? AND published_at IS NOT NULL", candidate.toString()) == 5);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT position, published_position FROM outbox_event WHERE subject = ? ORDER BY position")) {
            select.setString(1, candidate.toString());
            try (ResultSet rows = select.executeQuery()) {
                long previous = Long.MIN_VALUE;
                while (rows.next()) {
                    long published = rows.getLong(2);
                    assertTrue(published > previous, "published positions increase with outbox order");
                    previous = published;
                }
            }
        }
    }

    private boolean isPublished(UUID subject) throws SQLException {
        return count("SELECT count(*) FROM outbox_event WHERE subject = ? AND published_at IS NOT NULL", subject.toString()) == 1;
    }


    private OutboxRow row(UUID subject) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT id, occurred_at, published_position FROM outbox_event WHERE subject = ? ORDER BY position LIMIT 1")) {
            select.setString(1, subject.toString());
            try (ResultSet rows = select.executeQuery()) {
                assertTrue(rows.next());
                return new OutboxRow(rows.getObject(1, UUID.class), rows.getObject(2, OffsetDateTime.class),
                        (Long) rows.getObject(3));
            }
        }
    }

    private long count(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static String bootstrap() {
        return PartyDevTestInfrastructure.kafkaBootstrapServers();
    }

    private record OutboxRow(UUID id, OffsetDateTime occurredAt, Long publishedPosition) {
    }
}
