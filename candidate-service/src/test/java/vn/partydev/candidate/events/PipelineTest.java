package vn.partydev.candidate.events;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.partydev.candidate.OrganisationTree;
import vn.partydev.candidate.People;
import vn.partydev.local.PartyDevTestInfrastructure;
import vn.partydev.local.TestTokens;
import vn.partydev.platform.codes.NominationSource;
import vn.partydev.platform.codes.TrainingKind;
import vn.partydev.platform.events.CloudEventCodec;
import vn.partydev.platform.events.EventInjector;
import vn.partydev.platform.events.admission.AdmissionCaseOpened;
import vn.partydev.platform.events.admission.AdmissionRejected;
import vn.partydev.platform.events.admission.AdmissionWithdrawn;
import vn.partydev.platform.events.admission.MemberAdmitted;
import vn.partydev.platform.events.training.CertificateIssued;
import vn.partydev.platform.events.training.CertificateRevoked;
import vn.partydev.platform.events.training.TraineeWithdrawn;
import vn.partydev.platform.events.training.TraineeEnrolled;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The status follows training's and admission's events through the real broker, in any order; our events carry no personal data. */
@QuarkusTest
class PipelineTest {

    private static final String TRAINING_TOPIC = "partydev.training.v1";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static OrganisationTree tree;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void tree() {
        if (tree == null) {
            tree = OrganisationTree.announce(dataSource);
        }
    }

    private String secretary() {
        return TestTokens.bearer("cell", tree.cellA1.id());
    }

    private UUID listedCandidate(String name) {
        String id = given().header("Authorization", secretary()).contentType(ContentType.JSON)
                .body(People.nominee(name, tree.cellA1.id())).post("/api/v1/candidates").then().statusCode(201).extract().path("id");
        given().header("Authorization", secretary()).contentType(ContentType.JSON).body(Map.of("resolutionDate", "2025-10-01"))
                .post("/api/v1/candidates/{id}/listing", id).then().statusCode(200);
        return UUID.fromString(id);
    }

    private void awaitStatus(UUID id, String status) {
        await().atMost(PATIENCE).untilAsserted(() -> given().header("Authorization", secretary())
                .get("/api/v1/candidates/{id}", id).then().statusCode(200).body("status", equalTo(status)));
    }

    private static EventInjector training() {
        return EventInjector.connect(PartyDevTestInfrastructure.kafkaBootstrapServers(), "/partydev/training-service");
    }

    private static EventInjector admission() {
        return EventInjector.connect(PartyDevTestInfrastructure.kafkaBootstrapServers(), OrganisationTree.ADMISSION_SOURCE);
    }

    @Test
    void followsTheWholePipeline() {
        UUID id = listedCandidate("Ngô Thị Thanh Vân");
        UUID classId = UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        try (EventInjector training = training(); EventInjector admission = admission()) {
            training.send(TRAINING_TOPIC, new TraineeEnrolled(id, classId, TrainingKind.AWARENESS, LocalDate.of(2025, 11, 3)));
            awaitStatus(id, "IN_TRAINING");
            training.send(TRAINING_TOPIC, new CertificateIssued(id, "NT-2025-0001", TrainingKind.AWARENESS, tree.communeA.id(),
                    classId, LocalDate.of(2025, 12, 12), LocalDate.of(2030, 12, 12)));
            awaitStatus(id, "CERTIFIED");
            admission.send(OrganisationTree.ADMISSION_TOPIC, new AdmissionCaseOpened(id, caseId, tree.cellA1.id(),
                    LocalDate.of(2026, 1, 5), "294-QD-TW-2025"));
            awaitStatus(id, "IN_ADMISSION");
            admission.send(OrganisationTree.ADMISSION_TOPIC, new MemberAdmitted(id, caseId, tree.cellA1.id(), null,
                    LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20), LocalDate.of(2027, 3, 20), LocalDate.of(2027, 5, 3),
                    NominationSource.YOUTH_UNION, null));
            awaitStatus(id, "ADMITTED");
        }
        given().header("Authorization", secretary()).get("/api/v1/candidates/{id}/history", id).then().statusCode(200)
                .body("kind", hasItems("NOMINATED", "LISTED", "ENROLLED_IN_TRAINING", "CERTIFIED", "ADMISSION_CASE_OPENED", "ADMISSION_ADMITTED"))
                .body("actor", hasItems("test-cell", "/partydev/training-service", OrganisationTree.ADMISSION_SOURCE));
    }

    @Test
    void aWithdrawalFromTheOnlyClassPutsTheCandidateBackOnTheList() {
        UUID id = listedCandidate("Ngô Thị Hồng Nhung");
        UUID firstClass = UUID.randomUUID();
        UUID secondClass = UUID.randomUUID();
        try (EventInjector training = training()) {
            training.send(TRAINING_TOPIC, new TraineeEnrolled(id, firstClass, TrainingKind.AWARENESS, LocalDate.of(2025, 11, 3)));
            awaitStatus(id, "IN_TRAINING");
            training.send(TRAINING_TOPIC, new TraineeWithdrawn(id, firstClass, LocalDate.of(2025, 11, 20)));
            awaitStatus(id, "LISTED");
            // a withdrawal that arrives before its enrolment: the enrolment does not count when it comes
            training.send(TRAINING_TOPIC, new TraineeWithdrawn(id, secondClass, LocalDate.of(2026, 2, 10)));
            training.send(TRAINING_TOPIC, new TraineeEnrolled(id, secondClass, TrainingKind.AWARENESS, LocalDate.of(2026, 2, 2)));
            await().atMost(PATIENCE).until(() -> historyKinds(id).stream().filter("ENROLLED_IN_TRAINING"::equals).count() == 2);
        }
        given().header("Authorization", secretary()).get("/api/v1/candidates/{id}", id).then()
                .body("status", equalTo("LISTED")).body("enrolledOn", equalTo(null));
        assertTrue(historyKinds(id).contains("WITHDRAWN_FROM_TRAINING"));
    }

    @Test
    void aRevokedCertificateNoLongerCertifiesEvenWhenTheRevocationComesFirst() {
        UUID id = listedCandidate("Ngô Văn Thắng");
        UUID classId = UUID.randomUUID();
        try (EventInjector training = training()) {
            training.send(TRAINING_TOPIC, new TraineeEnrolled(id, classId, TrainingKind.AWARENESS, LocalDate.of(2025, 11, 3)));
            training.send(TRAINING_TOPIC, new CertificateRevoked(id, "NT-2025-0101", LocalDate.of(2026, 1, 15)));
            training.send(TRAINING_TOPIC, new CertificateIssued(id, "NT-2025-0101", TrainingKind.AWARENESS, tree.communeA.id(),
                    classId, LocalDate.of(2025, 12, 12), LocalDate.of(2030, 12, 12)));
            await().atMost(PATIENCE).until(() -> historyKinds(id).contains("CERTIFIED"));
            given().header("Authorization", secretary()).get("/api/v1/candidates/{id}", id).then()
                    .body("status", equalTo("IN_TRAINING")).body("certifiedOn", equalTo(null));

            training.send(TRAINING_TOPIC, new CertificateIssued(id, "NT-2026-0007", TrainingKind.AWARENESS, tree.communeA.id(),
                    classId, LocalDate.of(2026, 3, 2), LocalDate.of(2031, 3, 2)));
            awaitStatus(id, "CERTIFIED");
            training.send(TRAINING_TOPIC, new CertificateRevoked(id, "NT-2026-0007", LocalDate.of(2026, 4, 1)));
            awaitStatus(id, "IN_TRAINING");
        }
        assertTrue(historyKinds(id).contains("CERTIFICATE_REVOKED"));
    }

    private List<String> historyKinds(UUID id) {
        return given().header("Authorization", secretary()).get("/api/v1/candidates/{id}/history", id).then()
                .statusCode(200).extract().path("kind");
    }

    @Test
    void aRejectionArrivingBeforeTheOpeningStillEndsTheCase() {
        UUID id = listedCandidate("Ngô Văn Khải");
        UUID caseId = UUID.randomUUID();
        try (EventInjector admission = admission()) {
            admission.send(OrganisationTree.ADMISSION_TOPIC, new AdmissionRejected(id, caseId, tree.cellA1.id(),
                    LocalDate.of(2026, 2, 1), AdmissionRejected.AdmissionStage.CELL_VOTE));
            awaitStatus(id, "REJECTED");
            admission.send(OrganisationTree.ADMISSION_TOPIC, new AdmissionCaseOpened(id, caseId, tree.cellA1.id(),
                    LocalDate.of(2026, 1, 5), "294-QD-TW-2025"));
            await().atMost(PATIENCE).until(() -> given().header("Authorization", secretary())
                    .get("/api/v1/candidates/{id}/history", id).then().extract().<List<String>>path("kind")
                    .contains("ADMISSION_CASE_OPENED"));
        }
        given().header("Authorization", secretary()).get("/api/v1/candidates/{id}", id).then().body("status", equalTo("REJECTED"));
    }

    @Test
    void aWithdrawnCaseReturnsTheCandidateToTheListWithTheCertificate() {
        UUID id = listedCandidate("Ngô Thị Bích");
        UUID caseId = UUID.randomUUID();
        try (EventInjector training = training(); EventInjector admission = admission()) {
            // the certificate comes before the enrolment: still certified
            training.send(TRAINING_TOPIC, new CertificateIssued(id, "NT-2025-0002", TrainingKind.AWARENESS, tree.communeA.id(),
                    UUID.randomUUID(), LocalDate.of(2025, 12, 12), LocalDate.of(2030, 12, 12)));
            training.send(TRAINING_TOPIC, new TraineeEnrolled(id, UUID.randomUUID(), TrainingKind.AWARENESS, LocalDate.of(2025, 11, 3)));
            awaitStatus(id, "CERTIFIED");
            admission.send(OrganisationTree.ADMISSION_TOPIC, new AdmissionCaseOpened(id, caseId, tree.cellA1.id(),
                    LocalDate.of(2026, 1, 5), "294-QD-TW-2025"));
            awaitStatus(id, "IN_ADMISSION");
            admission.send(OrganisationTree.ADMISSION_TOPIC, new AdmissionWithdrawn(id, caseId, tree.cellA1.id(), LocalDate.of(2026, 2, 1)));
            awaitStatus(id, "CERTIFIED");
        }
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        UUID id = listedCandidate("Ngô Văn Lực");
        UUID eventId = UUID.randomUUID();
        try (EventInjector training = training()) {
            TraineeEnrolled enrolled = new TraineeEnrolled(id, UUID.randomUUID(), TrainingKind.AWARENESS, LocalDate.of(2025, 11, 3));
            training.send(TRAINING_TOPIC, eventId, enrolled);
            training.send(TRAINING_TOPIC, eventId, enrolled);
            awaitStatus(id, "IN_TRAINING");
            // a later event on the same partition proves the duplicate has been consumed by then
            training.send(TRAINING_TOPIC, new CertificateIssued(id, "NT-2025-0003", TrainingKind.AWARENESS, tree.communeA.id(),
                    UUID.randomUUID(), LocalDate.of(2025, 12, 12), LocalDate.of(2030, 12, 12)));
            awaitStatus(id, "CERTIFIED");
        }
        List<String> kinds = given().header("Authorization", secretary()).get("/api/v1/candidates/{id}/history", id)
                .then().extract().path("kind");
        assertEquals(1, kinds.stream().filter("ENROLLED_IN_TRAINING"::equals).count(), kinds.toString());
    }

    @Test
    void theoryClassesOfMembersDoNotMoveCandidates() {
        UUID id = listedCandidate("Ngô Thị Diệu");
        try (EventInjector training = training()) {
            training.send(TRAINING_TOPIC, new TraineeEnrolled(id, UUID.randomUUID(), TrainingKind.NEW_MEMBER_THEORY, LocalDate.of(2025, 11, 3)));
            training.send(TRAINING_TOPIC, new TraineeEnrolled(id, UUID.randomUUID(), TrainingKind.AWARENESS, LocalDate.of(2025, 11, 4)));
            awaitStatus(id, "IN_TRAINING");
        }
        List<String> kinds = given().header("Authorization", secretary()).get("/api/v1/candidates/{id}/history", id)
                .then().extract().path("kind");
        assertEquals(1, kinds.stream().filter("ENROLLED_IN_TRAINING"::equals).count(), kinds.toString());
    }

    @Test
    void publishedEventsCarryCodesButNoNamesOrCitizenIds() {
        var body = People.nominee("Ngô Thị Phượng", tree.cellA1.id());
        @SuppressWarnings("unchecked")
        String citizenId = (String) ((Map<String, Object>) body.get("person")).get("citizenId");
        String id = given().header("Authorization", secretary()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/candidates").then().statusCode(201).extract().path("id");
        given().header("Authorization", secretary()).contentType(ContentType.JSON).body(Map.of("resolutionDate", "2025-10-01"))
                .post("/api/v1/candidates/{id}/listing", id).then().statusCode(200);
        List<String> types = new ArrayList<>();
        List<String> payloads = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, PartyDevTestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "pipeline-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("partydev.candidate.v1"));
            await().atMost(PATIENCE).until(() -> {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (id.equals(record.key())) {
                        types.add(CloudEventCodec.decode(record).metadata().type());
                        payloads.add(new String(record.value(), StandardCharsets.UTF_8));
                    }
                }
                return types.size() >= 2;
            });
        }
        assertEquals(List.of("vn.partydev.candidate.CandidateNominated.v1", "vn.partydev.candidate.CandidateListed.v1"), types);
        for (String payload : payloads) {
            assertFalse(payload.contains(citizenId), payload);
            assertFalse(payload.contains("Phượng") || payload.contains("Ph\\u01b0\\u1ee3ng") || payload.contains("Ngô"), payload);
            assertFalse(payload.contains("Đoàn TNCS") || payload.contains("Bách khoa"), payload);
        }
        assertTrue(payloads.get(0).contains("\"source\":\"YOUTH_UNION\"") && payloads.get(0).contains("\"ethnicGroup\":\"KINH\""), payloads.get(0));
    }
}
