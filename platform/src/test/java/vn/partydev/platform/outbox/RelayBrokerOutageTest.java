package vn.partydev.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.partydev.local.KafkaBroker;
import vn.partydev.platform.TopicReader;
import vn.partydev.platform.events.EventJson;
import vn.partydev.platform.events.candidate.HelperAssigned;
import vn.partydev.platform.testapp.Assignments;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stops and restarts a broker of its own (on fixed ports, same log directory) under a relay that publishes the
 * test application's outbox to it, in place of the application's relay.
 */
@QuarkusTest
class RelayBrokerOutageTest {

    private static final String TOPIC = "partydev.candidate.v1";

    @Inject
    Assignments assignments;

    @Inject
    OutboxRelayRunner runner;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry registry;

    @Test
    void writesSucceedWhileTheBrokerIsDownAndTheBacklogIsPublishedInOrderAfterIt() throws Exception {
        Path logDirectory = Files.createTempDirectory("partydev-outage-kafka-");
        int port = freePort();
        int controllerPort = freePort();
        KafkaBroker broker = KafkaBroker.start(logDirectory, port, controllerPort);
        broker.ensureTopics(List.of(TOPIC), 3);
        runner.pause();
        OutboxRelay relay = new OutboxRelay(dataSource, runner.settings().withBootstrapServers(broker.bootstrapServers()), registry);
        relay.start();
        try {
            UUID person = UUID.randomUUID();
            assignments.assign(person, UUID.randomUUID(), LocalDate.of(2026, 6, 1));
            await().atMost(Duration.ofSeconds(60)).until(() -> OutboxRows.count(dataSource, person, false) == 0);

            broker.close();
            double failuresBefore = failures();
            List<HelperAssigned> backlog = new ArrayList<>();
            for (int day = 2; day <= 21; day++) {
                backlog.add(assignments.assign(person, UUID.randomUUID(), LocalDate.of(2026, 6, day)));
            }
            assertEquals(20, OutboxRows.count(dataSource, person, false), "the writes committed while the broker is down");
            await().atMost(Duration.ofSeconds(60)).until(() -> failures() > failuresBefore);
            assertEquals(20, OutboxRows.count(dataSource, person, false), "nothing is marked published while the broker is down");

            broker = KafkaBroker.start(logDirectory, port, controllerPort);
            await().atMost(Duration.ofSeconds(90)).until(() -> OutboxRows.count(dataSource, person, false) == 0);

            List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(broker.bootstrapServers(), TOPIC,
                    seen -> distinctIds(TopicReader.withSubject(seen, person)).size() >= 21, Duration.ofSeconds(30));
            List<String> published = new ArrayList<>();
            Set<String> seenIds = new LinkedHashSet<>();
            for (ConsumerRecord<String, byte[]> record : TopicReader.withSubject(records, person)) {
                // at-least-once: a batch interrupted by the outage may be sent again; its copies carry the same ce_id
                if (seenIds.add(TopicReader.header(record, "ce_id"))) {
                    published.add(new String(record.value(), StandardCharsets.UTF_8));
                }
            }
            assertEquals(21, published.size());
            assertEquals(backlog.stream().map(EventJson::write).toList(), published.subList(1, 21), "in commit order");
        } finally {
            relay.stop();
            runner.resume();
            broker.close();
        }
    }

    @Test
    void aBrokerThatCannotBeReachedIsReportedAfterOneSendNotAfterTheWholeBatch() throws Exception {
        runner.pause();
        // nothing listens on this port: every send waits max.block.ms (5 s) for metadata, then fails
        OutboxRelay relay = new OutboxRelay(dataSource, runner.settings().withBootstrapServers("localhost:" + freePort()), registry);
        try {
            UUID person = UUID.randomUUID();
            for (int day = 1; day <= 20; day++) {
                assignments.assign(person, UUID.randomUUID(), LocalDate.of(2026, 7, day));
            }
            double failuresBefore = failures();
            long start = System.nanoTime();
            relay.start();
            // one batch of 20 rows: before, each of its sends waited 5 s in turn (100 s) before the failure was counted
            await().atMost(Duration.ofSeconds(40)).until(() -> failures() > failuresBefore);
            Duration noticed = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(noticed.compareTo(Duration.ofSeconds(20)) < 0, "the outage was noticed after " + noticed);
            assertEquals(20, OutboxRows.count(dataSource, person, false), "nothing is marked published");
        } finally {
            relay.stop();
            runner.resume();
        }
    }

    private double failures() {
        return registry.counter("partydev.outbox.relay.failures", "topic", TOPIC).count();
    }

    private static Set<String> distinctIds(List<ConsumerRecord<String, byte[]>> records) {
        Set<String> ids = new LinkedHashSet<>();
        records.forEach(record -> ids.add(TopicReader.header(record, "ce_id")));
        return ids;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
