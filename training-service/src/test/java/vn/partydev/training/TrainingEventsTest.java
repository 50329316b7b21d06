package vn.partydev.training;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static vn.partydev.training.TrainingWorld.as;
import static vn.partydev.training.TrainingWorld.attempt;
import static vn.partydev.training.TrainingWorld.attend;
import static vn.partydev.training.TrainingWorld.complete;
import static vn.partydev.training.TrainingWorld.enrol;
import static vn.partydev.training.TrainingWorld.scheduleClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
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

/**
 * What other services read: this service's events, taken from the real broker by a plain Kafka consumer, checked for
 * their key, their CloudEvents headers, their content, their JSON Schema and the absence of free text.
 */
@QuarkusTest
class TrainingEventsTest {

    private static final String TOPIC = "partydev.training.v1";
    private static final String TYPE = "vn.partydev.training.%s.v1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig STRICT = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    @Inject
    AgroalDataSource dataSource;

    @Test
    void enrolmentAndCertificationReachTheTopicKeyedByThePerson() throws Exception {
        TrainingWorld world = new TrainingWorld(dataSource);
        TrainingWorld.Province here = world.newProvince();
        UUID classId = scheduleClass(here.centre(), TrainingKind.AWARENESS, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 27), 5, 1, true);
        UUID person = world.listedCandidate(here.cell());
        enrol(here.centre(), classId, person).then().statusCode(201);
        attend(here.centre(), classId, 1, 1, List.of(person));
        attempt(here.centre(), classId, person, LocalDate.of(2026, 2, 27), true).then().statusCode(201);
        String number = complete(here.centre(), classId, LocalDate.of(2026, 2, 28)).then().statusCode(200)
                .extract().path("certified[0].number");

        Map<String, ConsumerRecord<String, byte[]>> events = readUntil(Set.of("TrainingClassScheduled", "TraineeEnrolled",
                "AwarenessCheckPassed", "CertificateIssued", "TrainingClassCompleted"), Set.of(person.toString(), classId.toString()));

        var enrolled = events.get("TraineeEnrolled");
        assertEquals(person.toString(), enrolled.key());
        assertCloudEvent(enrolled, "TraineeEnrolled", person.toString());
        JsonNode enrolledData = data(enrolled);
        assertEquals(Set.of("personId", "classId", "kind", "enrolledOn"), fields(enrolledData));
        assertEquals(person.toString(), enrolledData.get("personId").asText());
        assertEquals(classId.toString(), enrolledData.get("classId").asText());
        assertEquals("AWARENESS", enrolledData.get("kind").asText());
        assertEquals("2026-01-20", enrolledData.get("enrolledOn").asText());

        var issued = events.get("CertificateIssued");
        assertEquals(person.toString(), issued.key());
        assertCloudEvent(issued, "CertificateIssued", person.toString());
        JsonNode issuedData = data(issued);
        assertEquals(Set.of("personId", "certificateNumber", "kind", "issuerId", "classId", "issuedOn", "validUntil"), fields(issuedData));
        assertEquals(number, issuedData.get("certificateNumber").asText());
        assertEquals(here.centre().toString(), issuedData.get("issuerId").asText());
        assertEquals(classId.toString(), issuedData.get("classId").asText());
        assertEquals("2026-02-28", issuedData.get("issuedOn").asText());
        assertEquals("2031-02-28", issuedData.get("validUntil").asText());

        var passed = events.get("AwarenessCheckPassed");
        assertEquals(person.toString(), passed.key());
        assertCloudEvent(passed, "AwarenessCheckPassed", person.toString());
        assertEquals(1, data(passed).get("attempt").asInt());

        var scheduled = events.get("TrainingClassScheduled");
        assertEquals(classId.toString(), scheduled.key());
        assertCloudEvent(scheduled, "TrainingClassScheduled", classId.toString());
        assertEquals(here.centre().toString(), data(scheduled).get("organiserId").asText());
        var completed = events.get("TrainingClassCompleted");
        assertEquals(classId.toString(), completed.key());
        assertEquals(1, data(completed).get("certified").asInt());
        assertEquals(0, data(completed).get("notCertified").asInt());

        assertValidAndFreeOfText(events);
    }

    @Test
    void failureEssayWithdrawalAndRevocationReachTheTopic() throws Exception {
        TrainingWorld world = new TrainingWorld(dataSource);
        TrainingWorld.Province here = world.newProvince();
        UUID classId = scheduleClass(here.centre(), TrainingKind.AWARENESS, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 27), 5, 1, true);
        UUID person = world.listedCandidate(here.cell());
        UUID leaver = world.listedCandidate(here.cell());
        enrol(here.centre(), classId, person).then().statusCode(201);
        enrol(here.centre(), classId, leaver).then().statusCode(201);
        as("trainer", here.centre()).body(Map.of("withdrawnOn", "2026-02-03", "reason", "Chuyển công tác"))
                .post("/api/v1/classes/{id}/enrolments/{p}/withdrawal", classId, leaver).then().statusCode(200);
        attend(here.centre(), classId, 1, 1, List.of(person));
        attempt(here.centre(), classId, person, LocalDate.of(2026, 2, 20), false).then().statusCode(201);
        as("trainer", here.centre()).body(Map.of("submittedOn", "2026-02-21"))
                .post("/api/v1/classes/{id}/enrolments/{p}/essays", classId, person).then().statusCode(201);
        as("trainer", here.centre()).body(Map.of("reviewedOn", "2026-02-22", "accepted", true, "note", "Bài viết đạt yêu cầu"))
                .post("/api/v1/classes/{id}/enrolments/{p}/essay-reviews", classId, person).then().statusCode(200);
        attempt(here.centre(), classId, person, LocalDate.of(2026, 2, 26), true).then().statusCode(201);
        String number = complete(here.centre(), classId, LocalDate.of(2026, 2, 28)).then().statusCode(200)
                .extract().path("certified[0].number");
        as("organiser", here.province()).body(Map.of("revokedOn", "2026-03-01", "reason", "Cấp nhầm người"))
                .post("/api/v1/certificates/" + number + "/revocation").then().statusCode(200);

        Map<String, ConsumerRecord<String, byte[]>> events = readUntil(Set.of("TraineeWithdrawn", "AwarenessCheckFailed",
                "EssayAccepted", "CertificateRevoked"), Set.of(person.toString(), leaver.toString()));

        assertEquals(leaver.toString(), events.get("TraineeWithdrawn").key());
        assertEquals("2026-02-03", data(events.get("TraineeWithdrawn")).get("withdrawnOn").asText());
        assertEquals(person.toString(), events.get("AwarenessCheckFailed").key());
        assertEquals(1, data(events.get("AwarenessCheckFailed")).get("attempt").asInt());
        assertEquals(person.toString(), events.get("EssayAccepted").key());
        assertEquals("2026-02-22", data(events.get("EssayAccepted")).get("acceptedOn").asText());
        assertEquals(person.toString(), events.get("CertificateRevoked").key());
        assertEquals(Set.of("personId", "certificateNumber", "revokedOn"), fields(data(events.get("CertificateRevoked"))));
        assertEquals(number, data(events.get("CertificateRevoked")).get("certificateNumber").asText());
        for (var event : events.entrySet()) {
            assertCloudEvent(event.getValue(), event.getKey(), event.getValue().key());
        }
        assertValidAndFreeOfText(events);
    }

    private static void assertValidAndFreeOfText(Map<String, ConsumerRecord<String, byte[]>> events) throws Exception {
        for (var event : events.entrySet()) {
            String text = new String(event.getValue().value(), StandardCharsets.UTF_8);
            try (InputStream schemaText = TrainingEventsTest.class.getClassLoader()
                    .getResourceAsStream("events/schemas/" + event.getKey() + ".v1.json")) {
                assertNotNull(schemaText, "a schema for " + event.getKey());
                JsonSchema schema = SCHEMAS.getSchema(schemaText, STRICT);
                assertEquals(Set.of(), schema.validate(JSON.readTree(text)), event.getKey() + " " + text);
            }
            for (String freeText : List.of("Lớp bồi dưỡng", "Hội đồng", "Chuyển công tác", "Bài viết", "Cấp nhầm")) {
                assertFalse(text.contains(freeText), "no free text in " + text);
            }
        }
    }

    private static void assertCloudEvent(ConsumerRecord<String, byte[]> record, String name, String subject) {
        assertEquals("1.0", header(record, "ce_specversion"));
        assertNotNull(UUID.fromString(header(record, "ce_id")));
        assertEquals(TYPE.formatted(name), header(record, "ce_type"));
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

    /** Reads the topic from the beginning until a record of each wanted event type with one of the keys has arrived. */
    private static Map<String, ConsumerRecord<String, byte[]>> readUntil(Set<String> names, Set<String> keys) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, PartyDevTestInfrastructure.kafkaBootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "training-events-test-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<String, ConsumerRecord<String, byte[]>> found = new LinkedHashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    String type = header(record, "ce_type");
                    for (String name : names) {
                        if (TYPE.formatted(name).equals(type) && keys.contains(record.key())) {
                            found.putIfAbsent(name, record);
                        }
                    }
                }
                return found.keySet().containsAll(names);
            });
        }
        return found;
    }
}
