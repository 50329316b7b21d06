package vn.partydev.platform.outbox;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.partydev.local.KafkaBroker;
import vn.partydev.local.PartyDevTestInfrastructure;
import vn.partydev.platform.TopicReader;
import vn.partydev.platform.inbox.ConsumerLag;
import vn.partydev.platform.testapp.Assignments;
import vn.partydev.platform.testapp.TallySubscriber;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Production Kafka by configuration only: the service is given the broker's SASL/SCRAM-SHA-512 listener and nothing but
 * {@code kafka.security.protocol}, {@code kafka.sasl.mechanism} and {@code kafka.sasl.jaas.config}; the relay publishes,
 * the consumer applies, the lag monitor reads end offsets and the dead-letter producer writes through it (reporting's
 * rebuild reader: {@code RebuildThroughSaslTest}).
 */
@QuarkusTest
@TestProfile(SaslBrokerTest.SaslListener.class)
class SaslBrokerTest {

    private static final String DLQ = "partydev.candidate.v1.dlq";

    /** The platform's test application pointed at the SASL listener. */
    public static class SaslListener implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PartyDevTestInfrastructure.class, Map.of("database", "platform", "kafka", "sasl")));
        }
    }

    @Inject
    Assignments assignments;

    @Inject
    TallySubscriber tally;

    @Inject
    ConsumerLag lag;

    @Test
    void theServiceTalksToTheSaslListenerWithOnlyKafkaSettings() {
        KafkaBroker.SaslListener listener = PartyDevTestInfrastructure.kafkaSaslListener();
        var config = ConfigProvider.getConfig();
        assertEquals(listener.bootstrapServers(), config.getValue("kafka.bootstrap.servers", String.class));
        assertEquals("SASL_PLAINTEXT", config.getValue("kafka.security.protocol", String.class));
        assertEquals("SCRAM-SHA-512", config.getValue("kafka.sasl.mechanism", String.class));
    }

    @Test
    void theListenerRefusesAClientWithoutTheLogin() {
        KafkaBroker.SaslListener listener = PartyDevTestInfrastructure.kafkaSaslListener();
        try (Admin anonymous = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, listener.bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000))) {
            assertThrows(ExecutionException.class, () -> anonymous.describeCluster().clusterId().get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void theRelayPublishesAndTheConsumerAppliesThroughSasl() throws SQLException {
        UUID candidate = UUID.randomUUID();
        assignments.assign(candidate, UUID.randomUUID(), LocalDate.of(2026, 6, 1));

        await().atMost(Duration.ofSeconds(30)).until(() -> tally.applied(candidate) == 1);
        List<ConsumerRecord<String, byte[]>> published = TopicReader.readUntil(
                PartyDevTestInfrastructure.kafkaSaslListener().clientSettings(), "partydev.candidate.v1",
                seen -> !TopicReader.withSubject(seen, candidate).isEmpty(), Duration.ofSeconds(30));
        assertEquals(1, TopicReader.withSubject(published, candidate).size());
    }

    @Test
    void theLagMonitorReadsEndOffsetsThroughSasl() {
        UUID candidate = UUID.randomUUID();
        assignments.assign(candidate, UUID.randomUUID(), LocalDate.of(2026, 6, 3));
        await().atMost(Duration.ofSeconds(30)).until(() -> tally.applied(candidate) == 1);
        ConsumerRecord<String, byte[]> published = TopicReader.withSubject(TopicReader.readUntil(
                PartyDevTestInfrastructure.kafkaSaslListener().clientSettings(), "partydev.candidate.v1",
                seen -> !TopicReader.withSubject(seen, candidate).isEmpty(), Duration.ofSeconds(30)), candidate).get(0);
        TopicPartition partition = new TopicPartition(published.topic(), published.partition());

        // a reading taken after the record was written, by the monitor's admin client on the service's kafka.* settings
        await().atMost(Duration.ofSeconds(30)).until(() -> lag.latest()
                .filter(reading -> reading.endOffsets().getOrDefault(partition, -1L) > published.offset())
                .filter(reading -> reading.lag().get(partition) == 0L).isPresent());
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.lines().anyMatch(line -> line.startsWith("partydev_consumer_lag{")
                && line.contains("partition=\"" + partition.partition() + "\"") && line.contains("topic=\"partydev.candidate.v1\"")
                && line.endsWith(" 0.0")), "the gauge of " + partition + " in /q/metrics");
    }

    @Test
    void theDeadLetterProducerWritesThroughSasl() {
        UUID candidate = UUID.randomUUID();
        assignments.assign(candidate, TallySubscriber.POISON, LocalDate.of(2026, 6, 2));

        List<ConsumerRecord<String, byte[]>> deadLetters = TopicReader.readUntil(
                PartyDevTestInfrastructure.kafkaSaslListener().clientSettings(), DLQ,
                seen -> !TopicReader.withSubject(seen, candidate).isEmpty(), Duration.ofSeconds(30));
        List<ConsumerRecord<String, byte[]>> mine = TopicReader.withSubject(deadLetters, candidate);
        assertEquals(1, mine.size());
        assertEquals("handler-failed", TopicReader.header(mine.get(0), "dlq-reason"));
    }
}
