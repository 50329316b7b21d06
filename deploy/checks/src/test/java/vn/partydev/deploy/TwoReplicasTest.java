package vn.partydev.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.partydev.local.KafkaBroker;
import vn.partydev.local.PartyDevTopics;
import vn.partydev.local.PostgresServer;
import vn.partydev.local.ServiceProcess;
import vn.partydev.local.SigningKeys;
import vn.partydev.local.TokenMinter;
import vn.partydev.platform.codes.OrganisationKind;
import vn.partydev.platform.events.EventInjector;
import vn.partydev.platform.events.admission.OrganisationRegistered;
import vn.partydev.platform.scope.OrganisationRef;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Several replicas are safe (deploy/README.md, "Scaling"): two instances of candidate-service (a producer) and two of
 * reporting-service (a consumer), separate processes on one database each and one broker, take nominations through
 * both, lose one of each to SIGKILL halfway; then every outbox event is on the topic, in outbox order, each given one
 * feed position, and the report counts what the source holds.
 */
class TwoReplicasTest {

    private static final String TOPIC = "partydev.candidate.v1";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int NOMINATIONS = 80;
    private static final LocalDate NOMINATED_ON = LocalDate.of(2026, 11, 2);

    private static Path work;
    private static PostgresServer postgres;
    private static KafkaBroker kafka;
    private static String organiserToken;
    private static String viewerToken;
    private static final List<ServiceProcess> SERVICES = new ArrayList<>();
    private static ServiceProcess candidateA;
    private static ServiceProcess candidateB;
    private static ServiceProcess reportingA;
    private static ServiceProcess reportingB;
    private static final UUID PROVINCE = UUID.randomUUID();
    private static final UUID CELL = UUID.randomUUID();

    @BeforeAll
    static void startTwoOfEach() throws Exception {
        work = Files.createTempDirectory("partydev-two-replicas-");
        postgres = PostgresServer.startEphemeral();
        postgres.ensureDatabase("candidate");
        postgres.ensureDatabase("reporting");
        kafka = KafkaBroker.start(work.resolve("kafka"), freePort(), freePort());
        kafka.ensureTopics(PartyDevTopics.all(), PartyDevTopics.PARTITIONS);
        SigningKeys keys = SigningKeys.in(work.resolve("keys"));
        TokenMinter minter = new TokenMinter(keys);
        organiserToken = minter.mint("two-replicas-organiser", "organiser", OrganisationRef.NATIONAL_ROOT_ID.toString(), Duration.ofHours(1));
        viewerToken = minter.mint("two-replicas-viewer", "viewer", OrganisationRef.NATIONAL_ROOT_ID.toString(), Duration.ofHours(1));

        candidateA = start("candidate-service", "a", keys);
        candidateB = start("candidate-service", "b", keys);
        reportingA = start("reporting-service", "a", keys);
        reportingB = start("reporting-service", "b", keys);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        for (ServiceProcess service : SERVICES) {
            while (!service.isReady()) {
                assertTrue(service.isAlive(), service.name() + " exited; see " + service.logFile() + ":\n" + tail(service.logFile()));
                assertTrue(Instant.now().isBefore(deadline), service.name() + " not ready; see " + service.logFile() + ":\n" + tail(service.logFile()));
                Thread.sleep(500);
            }
        }
        announceOrganisations();
    }

    @AfterAll
    static void stopAll() throws IOException {
        SERVICES.forEach(ServiceProcess::kill);
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void everyEventIsPublishedOnceInOutboxOrderAndTheReportCountsTheSource() throws Exception {
        int accepted = 0;
        for (int i = 0; i < NOMINATIONS; i++) {
            boolean half = i >= NOMINATIONS / 2;
            if (i == NOMINATIONS / 2) {
                assertEquals(200, funnel(reportingA).statusCode(), "reporting-service a answers before it dies");
                // the replica whose relay is publishing dies: the standby must take over
                if (activeRelay().equals("candidate-b")) {
                    ServiceProcess leader = candidateB;
                    candidateB = candidateA;
                    candidateA = leader;
                }
                candidateA.kill();
                reportingA.kill();
            }
            ServiceProcess through = half || i % 2 == 1 ? candidateB : candidateA;
            HttpResponse<String> answer = nominate(through, i);
            assertEquals(201, answer.statusCode(), through.name() + " " + answer.body());
            accepted++;
        }
        assertEquals(NOMINATIONS, accepted);

        try (Connection candidate = DriverManager.getConnection(postgres.jdbcUrl("candidate"), PostgresServer.USER, PostgresServer.PASSWORD)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> count(candidate, "SELECT count(*) FROM outbox_event WHERE published_at IS NULL") == 0);
            List<UUID> outbox = ids(candidate, "SELECT id FROM outbox_event ORDER BY position");
            List<Long> feedPositions = longs(candidate, "SELECT published_position FROM outbox_event ORDER BY position");
            long nominated = count(candidate, "SELECT count(*) FROM outbox_event WHERE type LIKE '%CandidateNominated%'");
            assertEquals(NOMINATIONS, nominated, "each accepted nomination is one event in the outbox");

            List<UUID> published = new ArrayList<>(feedPositions.size());
            assertEquals(java.util.stream.LongStream.rangeClosed(1, outbox.size()).boxed().toList(), feedPositions,
                    "each event has one feed position, in outbox order, without gaps");

            Map<Integer, List<UUID>> topic = readTopic();
            Map<UUID, Integer> outboxPosition = new HashMap<>();
            for (int i = 0; i < outbox.size(); i++) {
                outboxPosition.put(outbox.get(i), i);
            }
            Set<UUID> seen = new HashSet<>();
            int redelivered = 0;
            for (var partition : topic.entrySet()) {
                int last = -1;
                for (UUID id : partition.getValue()) {
                    assertTrue(outboxPosition.containsKey(id), "the topic holds " + id + ", which no outbox row has");
                    if (!seen.add(id)) {
                        redelivered++;
                        continue;
                    }
                    published.add(id);
                    assertTrue(outboxPosition.get(id) > last, "partition " + partition.getKey() + " is in outbox order");
                    last = outboxPosition.get(id);
                }
            }
            assertEquals(Set.copyOf(outbox), Set.copyOf(published), "every outbox event is on the topic");
            assertEquals(outbox.size(), published.size());
            assertTrue(redelivered <= 500, "at most the batch in flight when the active relay died is sent again: " + redelivered);

            // reporting-service b takes over a's partitions once the group notices a is gone (session timeout)
            await().atMost(Duration.ofSeconds(150)).untilAsserted(() -> {
                JsonNode report = JSON.readTree(funnel(reportingB).body());
                assertEquals(nominated, stage(report, "NOMINATED"), "the report counts each nomination once; dead letters: " + deadLetters());
            });
            assertEquals(List.of(), deadLetters(), "no replica dead-letters an event another replica's work collided with");
        }
        assertFalse(candidateA.isAlive());
    }

    private static ServiceProcess start(String service, String instance, SigningKeys keys) throws IOException {
        ServiceProcess process = new ServiceProcess(service, freePort(), work.resolve(service + "-" + instance + ".log"));
        Map<String, String> environment = new LinkedHashMap<>();
        // the instance's name on its database connections tells which one holds the relay's lock
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service.substring(0, service.indexOf('-')))
                + "?ApplicationName=" + service.substring(0, service.indexOf('-')) + "-" + instance);
        environment.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
        environment.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyPath().toUri().toString());
        environment.put("MP_JWT_VERIFY_ISSUER", TokenMinter.ISSUER);
        process.start(DeployTree.project(), environment, work.resolve(service + "-" + instance + ".pid"));
        SERVICES.add(process);
        return process;
    }

    private static void announceOrganisations() throws Exception {
        String root = "/" + OrganisationRef.NATIONAL_ROOT_ID + "/";
        List<OrganisationRegistered> tree = List.of(
                new OrganisationRegistered(PROVINCE, OrganisationRef.NATIONAL_ROOT_ID, OrganisationKind.PROVINCIAL,
                        "P-" + PROVINCE.toString().substring(0, 8), "Tỉnh ủy thử nghiệm", root + PROVINCE + "/", true, null, LocalDate.of(2025, 7, 1)),
                new OrganisationRegistered(CELL, PROVINCE, OrganisationKind.GRASSROOTS_CELL,
                        "C-" + CELL.toString().substring(0, 8), "Chi bộ thử nghiệm", root + PROVINCE + "/" + CELL + "/", false, null, LocalDate.of(2025, 7, 1)));
        try (EventInjector admission = EventInjector.connect(kafka.bootstrapServers(), "/partydev/admission-service")) {
            tree.forEach(event -> admission.send("partydev.admission.v1", event));
        }
        try (Connection candidate = DriverManager.getConnection(postgres.jdbcUrl("candidate"), PostgresServer.USER, PostgresServer.PASSWORD)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> count(candidate, "SELECT count(*) FROM organisation_replica WHERE id = '" + CELL + "'") == 1);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> funnel(reportingB).statusCode() == 200 && funnel(reportingA).statusCode() == 200);
    }

    /** The instance whose relay holds the outbox lock, by its connections' application name. */
    private static String activeRelay() throws SQLException {
        try (Connection candidate = DriverManager.getConnection(postgres.jdbcUrl("candidate"), PostgresServer.USER, PostgresServer.PASSWORD);
             var statement = candidate.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                     WHERE l.locktype = 'advisory' AND l.granted AND a.datname = 'candidate'
                       AND l.classid::bigint = 1346458196 AND l.objid::bigint = 1497716308""")) { // the two halves of OutboxRelay.LOCK_KEY ("PARTYEVT")
            assertTrue(rows.next(), "a relay holds the outbox lock");
            return rows.getString(1);
        }
    }

    private static HttpResponse<String> nominate(ServiceProcess service, int serial) throws Exception {
        String body = """
                {"person": {"fullName": "Nguyễn Thị Lan", "birthDate": "1998-03-04", "gender": "FEMALE", "ethnicGroup": "KINH",
                  "religion": "NONE", "citizenId": "001198%06d", "generalEducation": "UPPER_SECONDARY", "professionalLevel": "UNIVERSITY",
                  "politicalTheoryLevel": "NONE", "occupation": "STUDENT", "youthUnionMember": true, "tradeUnionMember": false},
                 "nomination": {"source": "YOUTH_UNION", "organisationName": "Đoàn TNCS Hồ Chí Minh", "nominatedOn": "%s", "cellId": "%s"}}
                """.formatted(serial + 1, NOMINATED_ON, CELL);
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.baseUrl() + "/api/v1/candidates"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + organiserToken)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> funnel(ServiceProcess reporting) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(reporting.baseUrl() + "/api/v1/reports/funnel?orgId=" + PROVINCE
                        + "&from=" + NOMINATED_ON.withDayOfMonth(1) + "&to=" + NOMINATED_ON.withDayOfMonth(30)))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + viewerToken).header("Accept", "application/json").GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(reporting.name() + " does not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long stage(JsonNode report, String stage) {
        for (JsonNode table : report.path("tables")) {
            if (table.path("name").asText().equals("stages")) {
                for (JsonNode row : table.path("rows")) {
                    if (row.path("stage").asText().equals(stage)) {
                        return row.path("count").asLong();
                    }
                }
            }
        }
        throw new AssertionError("no stage " + stage + " in " + report);
    }

    /** Why events were dead-lettered, if any were: consumer, exception and message of each. */
    private static List<String> deadLetters() {
        List<String> reasons = new ArrayList<>();
        readRecords(TOPIC + ".dlq", record -> reasons.add(header(record, "dlq-consumer") + ": " + header(record, "dlq-exception")
                + ": " + header(record, "dlq-message")));
        return reasons;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Every record of the topic, as CloudEvents ids in partition order. */
    private static Map<Integer, List<UUID>> readTopic() {
        Map<Integer, List<UUID>> records = new java.util.TreeMap<>();
        readRecords(TOPIC, record -> records.computeIfAbsent(record.partition(), partition -> new ArrayList<>())
                .add(UUID.fromString(header(record, "ce_id"))));
        return records;
    }

    private static void readRecords(String topic, java.util.function.Consumer<ConsumerRecord<byte[], byte[]>> each) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                assertTrue(Instant.now().isBefore(deadline), "the topic could not be read to its end");
                consumer.poll(Duration.ofMillis(500)).forEach(each);
            }
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<UUID> ids(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            List<UUID> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
            return ids;
        }
    }

    private static List<Long> longs(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            List<Long> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
            return values;
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return lines.subList(Math.max(0, lines.size() - 40), lines.size()).stream().collect(Collectors.joining("\n"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
