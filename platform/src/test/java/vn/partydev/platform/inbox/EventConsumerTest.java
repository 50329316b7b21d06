package vn.partydev.platform.inbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.partydev.local.PartyDevTestInfrastructure;
import vn.partydev.platform.TopicReader;
import vn.partydev.platform.events.EventInjector;
import vn.partydev.platform.events.candidate.HelperAssigned;
import vn.partydev.platform.events.candidate.HelperReleased;
import vn.partydev.platform.testapp.TallySubscriber;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class EventConsumerTest {

    private static final String TOPIC = "partydev.candidate.v1";
    private static final String DLQ = "partydev.candidate.v1.dlq";
    private static EventInjector candidateService;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    vn.partydev.platform.testapp.TallySubscriber tally;

    @BeforeAll
    static void connect() {
        candidateService = EventInjector.connect(PartyDevTestInfrastructure.kafkaBootstrapServers(), "/partydev/candidate-service");
    }

    @AfterAll
    static void disconnect() {
        candidateService.close();
    }

    @Test
    void sameEventDeliveredTwiceIsAppliedOnce() throws SQLException {
        UUID candidate = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        HelperAssigned event = new HelperAssigned(candidate, UUID.randomUUID(), LocalDate.of(2026, 5, 4));
        candidateService.send(TOPIC, eventId, event);
        candidateService.send(TOPIC, eventId, event);
        // a later event of the same person (same key, so same partition) proves both copies were read
        UUID laterId = candidateService.send(TOPIC, new HelperAssigned(candidate, UUID.randomUUID(), LocalDate.of(2026, 5, 5)));

        await().atMost(Duration.ofSeconds(30)).until(() -> processed("test-tally", laterId));
        assertEquals(2, tally.applied(candidate), "two distinct events applied, the duplicate skipped");
        assertTrue(processed("test-tally", eventId));
    }

    @Test
    void theHandlerRunsInTheTraceTheEventCarries() {
        UUID candidate = UUID.randomUUID();
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        candidateService.send(TOPIC, UUID.randomUUID(), new HelperAssigned(candidate, UUID.randomUUID(), LocalDate.of(2026, 5, 8)),
                "00-" + traceId + "-00f067aa0ba902b7-01");

        await().atMost(Duration.ofSeconds(30)).until(() -> tally.traceparents().containsKey(candidate));
        String during = tally.traceparents().get(candidate);
        assertEquals(traceId, during.split("-")[1], "the same trace");
        assertNotEquals("00f067aa0ba902b7", during.split("-")[2], "a span of its own, child of the producer's");
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndLaterRecordsAreProcessed() throws SQLException {
        UUID candidate = UUID.randomUUID();
        try (KafkaProducer<String, byte[]> raw = rawProducer()) {
            raw.send(new ProducerRecord<>(TOPIC, candidate.toString(), "not a cloud event".getBytes(StandardCharsets.UTF_8)));
            raw.flush();
        }
        UUID poisonId = candidateService.send(TOPIC, new HelperAssigned(candidate, TallySubscriber.POISON, LocalDate.of(2026, 5, 6)));
        UUID unknownTypeId = candidateService.send(TOPIC, new HelperReleased(candidate, UUID.randomUUID(), LocalDate.of(2026, 5, 6)));
        UUID goodId = candidateService.send(TOPIC, new HelperAssigned(candidate, UUID.randomUUID(), LocalDate.of(2026, 5, 7)));

        await().atMost(Duration.ofSeconds(30)).until(() -> processed("test-tally", goodId));
        assertEquals(1, tally.applied(candidate), "only the good event was applied");
        assertTrue(!processed("test-tally", poisonId), "the failed event is not recorded as processed");

        List<ConsumerRecord<String, byte[]>> deadLetters = TopicReader.readUntil(PartyDevTestInfrastructure.kafkaBootstrapServers(), DLQ,
                seen -> keyed(seen, candidate).size() >= 2,
                Duration.ofSeconds(30));
        List<ConsumerRecord<String, byte[]>> mine = keyed(deadLetters, candidate);
        assertEquals(2, mine.size(), "the undecodable record and the failing event; the unknown type is ignored");

        ConsumerRecord<String, byte[]> undecodable = mine.stream().filter(r -> TopicReader.header(r, "ce_id") == null).findFirst().orElseThrow();
        assertEquals("undecodable", TopicReader.header(undecodable, "dlq-reason"));
        assertEquals("missing header ce_specversion", TopicReader.header(undecodable, "dlq-message"));
        assertEquals(TOPIC, TopicReader.header(undecodable, "dlq-original-topic"));
        assertNotNull(TopicReader.header(undecodable, "dlq-original-offset"));
        assertEquals("not a cloud event", new String(undecodable.value(), StandardCharsets.UTF_8));

        ConsumerRecord<String, byte[]> failed = mine.stream().filter(r -> poisonId.toString().equals(TopicReader.header(r, "ce_id"))).findFirst().orElseThrow();
        assertEquals("handler-failed", TopicReader.header(failed, "dlq-reason"));
        assertEquals(IllegalStateException.class.getName(), TopicReader.header(failed, "dlq-exception"));
        assertEquals("this helper cannot be applied", TopicReader.header(failed, "dlq-message"));
        assertEquals("test-tally", TopicReader.header(failed, "dlq-consumer"));
        assertEquals(TOPIC, TopicReader.header(failed, "dlq-original-topic"));
        assertTrue(mine.stream().noneMatch(r -> unknownTypeId.toString().equals(TopicReader.header(r, "ce_id"))));
    }

    @Test
    void theEventsOfOnePollAreAppliedInOneTransactionAndAPoisonAmongThemOneByOne() throws SQLException {
        UUID candidate = UUID.randomUUID();
        tally.closeGate();
        try {
            // the consumer waits inside the gate's event while the next ones pile up on the partition (same key)
            UUID gateId = candidateService.send(TOPIC, new HelperAssigned(candidate, TallySubscriber.GATE, LocalDate.of(2026, 6, 1)));
            await().atMost(Duration.ofSeconds(30)).until(() -> tally.gateReached());
            List<UUID> together = new java.util.ArrayList<>();
            for (int day = 2; day <= 11; day++) {
                together.add(candidateService.send(TOPIC, new HelperAssigned(candidate, UUID.randomUUID(), LocalDate.of(2026, 6, day))));
            }
            tally.openGate();
            await().atMost(Duration.ofSeconds(30)).until(() -> processed("test-tally", together.get(together.size() - 1)));
            // the consumer may have fetched the first of them while it waited, so they come in one or two polls
            long transactions = together.stream().map(tally.transactions()::get).distinct().count();
            assertTrue(transactions <= 2, "ten events written in " + transactions + " transactions: one per poll, not one per event");
            assertNotEquals(tally.transactions().get(gateId), tally.transactions().get(together.get(0)));

            // a poison among them: the poll is applied one by one, the poison dead-lettered, the others each applied
            tally.closeGate();
            candidateService.send(TOPIC, new HelperAssigned(candidate, TallySubscriber.GATE, LocalDate.of(2026, 6, 12)));
            await().atMost(Duration.ofSeconds(30)).until(() -> tally.gateReached());
            UUID before = candidateService.send(TOPIC, new HelperAssigned(candidate, UUID.randomUUID(), LocalDate.of(2026, 6, 13)));
            UUID poison = candidateService.send(TOPIC, new HelperAssigned(candidate, TallySubscriber.POISON, LocalDate.of(2026, 6, 14)));
            UUID after = candidateService.send(TOPIC, new HelperAssigned(candidate, UUID.randomUUID(), LocalDate.of(2026, 6, 15)));
            tally.openGate();
            await().atMost(Duration.ofSeconds(30)).until(() -> processed("test-tally", after));
            assertTrue(processed("test-tally", before));
            assertTrue(!processed("test-tally", poison), "the poison is not recorded as processed");
            assertEquals(1 + 10 + 1 + 2, tally.applied(candidate), "every event but the poison applied once");
            assertNotEquals(tally.transactions().get(before), tally.transactions().get(after), "applied one by one");
        } finally {
            tally.openGate();
        }
    }

    private static List<ConsumerRecord<String, byte[]>> keyed(List<ConsumerRecord<String, byte[]>> records, UUID key) {
        return records.stream().filter(record -> key.toString().equals(record.key())).toList();
    }

    private static KafkaProducer<String, byte[]> rawProducer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, PartyDevTestInfrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    private boolean processed(String consumer, UUID eventId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT 1 FROM processed_event WHERE consumer = ? AND event_id = ?")) {
            select.setString(1, consumer);
            select.setObject(2, eventId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }
}
