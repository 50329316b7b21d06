package vn.partydev.training;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static vn.partydev.training.TrainingWorld.attempt;
import static vn.partydev.training.TrainingWorld.attend;
import static vn.partydev.training.TrainingWorld.complete;
import static vn.partydev.training.TrainingWorld.enrol;
import static vn.partydev.training.TrainingWorld.scheduleClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import vn.partydev.local.PartyDevTestInfrastructure;
import vn.partydev.platform.codes.TrainingKind;

/** What other services read: this service's events, taken from the real broker by a plain Kafka consumer. */
@QuarkusTest
class TrainingEventsTest {

    private static final String TOPIC = "partydev.training.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    @Test
    void enrolmentCheckAndCertificationReachTheTopicKeyedByThePerson() throws Exception {
        TrainingWorld world = new TrainingWorld(dataSource);
        TrainingWorld.Province here = world.newProvince();
        UUID classId = scheduleClass(here.centre(), TrainingKind.AWARENESS, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 27), 5, 1, true);
        UUID person = world.listedCandidate(here.cell());
        enrol(here.centre(), classId, person).then().statusCode(201);
        attend(here.centre(), classId, 1, 1, List.of(person));
        attempt(here.centre(), classId, person, LocalDate.of(2026, 2, 27), true).then().statusCode(201);
        String number = complete(here.centre(), classId, LocalDate.of(2026, 2, 28)).then().statusCode(200)
                .extract().path("certified[0].number");

        Map<String, ConsumerRecord<String, byte[]>> byType = readUntil(Set.of(
                "vn.partydev.training.TrainingClassScheduled.v1", "vn.partydev.training.TraineeEnrolled.v1",
                "vn.partydev.training.AwarenessCheckPassed.v1", "vn.partydev.training.CertificateIssued.v1",
                "vn.partydev.training.TrainingClassCompleted.v1"), Set.of(person.toString(), classId.toString()));

        var enrolled = byType.get("vn.partydev.training.TraineeEnrolled.v1");
        assertEquals(person.toString(), enrolled.key());
        assertCloudEvent(enrolled, person.toString());
        JsonNode enrolledData = data(enrolled);
        assertEquals(Set.of("personId", "classId", "kind", "enrolledOn"), fields(enrolledData));
        assertEquals(person.toString(), enrolledData.get("personId").asText());
        assertEquals(classId.toString(), enrolledData.get("classId").asText());
        assertEquals("AWARENESS", enrolledData.get("kind").asText());
        assertEquals("2026-01-20", enrolledData.get("enrolledOn").asText());

        var issued = byType.get("vn.partydev.training.CertificateIssued.v1");
        assertEquals(person.toString(), issued.key());
        assertCloudEvent(issued, person.toString());
        JsonNode issuedData = data(issued);
        assertEquals(Set.of("personId", "certificateNumber", "kind", "issuerId", "classId", "issuedOn", "validUntil"), fields(issuedData));
        assertEquals(number, issuedData.get("certificateNumber").asText());
        assertEquals(here.centre().toString(), issuedData.get("issuerId").asText());
        assertEquals("2026-02-28", issuedData.get("issuedOn").asText());
        assertEquals("2031-02-28", issuedData.get("validUntil").asText());

        var passed = byType.get("vn.partydev.training.AwarenessCheckPassed.v1");
        assertEquals(person.toString(), passed.key());
        assertEquals(Set.of("personId", "classId", "attempt", "checkedOn"), fields(data(passed)));

        var scheduled = byType.get("vn.partydev.training.TrainingClassScheduled.v1");
        assertEquals(classId.toString(), scheduled.key());
        assertCloudEvent(scheduled, classId.toString());
        var completed = byType.get("vn.partydev.training.TrainingClassCompleted.v1");
        assertEquals(classId.toString(), completed.key());
        assertEquals(1, data(completed).get("certified").asInt());

        for (var record : byType.values()) {
            String text = new String(record.value(), StandardCharsets.UTF_8);
            assertFalse(text.contains("Lớp bồi dưỡng"), "no free text (the class title) in " + text);
            assertFalse(text.contains("Hội đồng"), "no free text (the council) in " + text);
        }
    }

    private static void assertCloudEvent(ConsumerRecord<String, byte[]> record, String subject) {
        assertEquals("1.0", header(record, "ce_specversion"));
        assertNotNull(UUID.fromString(header(record, "ce_id")));
        assertEquals("/partydev/training-service", header(record, "ce_source"));
        assertEquals(subject, header(record, "ce_subject"));
        assertNotNull(OffsetDateTime.parse(header(record, "ce_time")));
        assertEquals("application/json", header(record, "content-type"));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static JsonNode data(ConsumerRecord<String, byte[]> record) throws Exception {
        return JSON.readTree(record.value());
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Reads the topic from the beginning until one record of each wanted type with one of the keys has arrived. */
    private static Map<String, ConsumerRecord<String, byte[]>> readUntil(Set<String> types, Set<String> keys) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, PartyDevTestInfrastructure.kafkaBootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "training-events-test-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<String, ConsumerRecord<String, byte[]>> found = new java.util.concurrent.ConcurrentHashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    String type = header(record, "ce_type");
                    if (keys.contains(record.key()) && types.contains(type)) {
                        found.putIfAbsent(type, record);
                    }
                }
                return found.keySet().containsAll(types);
            });
        }
        return new java.util.LinkedHashMap<>(found);
    }
}
