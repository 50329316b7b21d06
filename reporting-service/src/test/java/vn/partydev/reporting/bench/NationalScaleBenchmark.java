package vn.partydev.reporting.bench;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.partydev.local.PartyDevTestInfrastructure;
import vn.partydev.local.TestTokens;
import vn.partydev.platform.codes.EthnicGroup;
import vn.partydev.platform.codes.Gender;
import vn.partydev.platform.codes.GeneralEducation;
import vn.partydev.platform.codes.MemberStatus;
import vn.partydev.platform.codes.NominationSource;
import vn.partydev.platform.codes.Occupation;
import vn.partydev.platform.codes.OrganisationKind;
import vn.partydev.platform.codes.ProfessionalLevel;
import vn.partydev.platform.codes.Religion;
import vn.partydev.platform.events.CloudEventCodec;
import vn.partydev.platform.events.Demographics;
import vn.partydev.platform.events.DomainEvent;
import vn.partydev.platform.events.admission.MemberAdmitted;
import vn.partydev.platform.events.admission.MemberRegistered;
import vn.partydev.platform.events.admission.OrganisationRegistered;
import vn.partydev.reporting.domain.Breakdown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * National scale (DOMAIN 7): 34 provinces, 3,300 communes, 300,000 cells, 6 million members, 400,000 admissions over
 * two years, generated with SQL straight into the active read models; then every report for one province and for the
 * national root over HTTP (p50/p99 of 30 runs), the same figures computed ad hoc over the raw rows (the baseline), and
 * the rebuild rate against a plain Kafka consumer reading and decoding the same topics, in the same run.
 * Not part of the normal build: {@code ./mvnw -B verify -pl reporting-service -am -Dtest=NationalScaleBenchmark
 * -Dbench.excluded=none -Dsurefire.failIfNoSpecifiedTests=false}. Results: target/bench-results.md.
 */
@QuarkusTest
@TestProfile(BenchProfile.class)
@Tag("bench")
class NationalScaleBenchmark {

    static final String ROOT = "00000000-0000-0000-0000-000000000001";
    static final int PROVINCES = 34;
    static final int COMMUNES = 3_300;
    static final int CELLS = 300_000;
    static final int MEMBERS = 6_000_000;
    static final int ADMISSIONS = 400_000;
    static final int RUNS = 30;
    static final int REBUILD_EVENTS = 100_000;

    @Inject
    AgroalDataSource dataSource;

    private final List<String> results = new ArrayList<>();

    @Test
    void nationalScale() throws Exception {
        long generation = timed(this::generate);
        results.add("| dataset generated with SQL | " + generation + " ms | 34 provinces, 3,300 communes, 300,000 cells, 6,000,000 members, 400,000 admissions |");
        String province = uuid("P1");
        String admin = TestTokens.bearer("admin", UUID.fromString(ROOT));
        results.add("");
        results.add("| report (HTTP, JSON) | organisation | p50 ms | p99 ms | max ms |");
        results.add("|---|---|---|---|---|");
        for (String report : List.of("new-members", "achievement", "funnel", "training", "coverage", "overdue", "forecast")) {
            for (String org : List.of(province, ROOT)) {
                Map<String, Object> query = report.equals("coverage") || report.equals("overdue")
                        ? Map.of("orgId", org) : Map.of("orgId", org, "period", "2026");
                long[] times = new long[RUNS];
                for (int warm = 0; warm < 3; warm++) {
                    given().header("Authorization", admin).queryParams(query).get("/api/v1/reports/" + report).then().statusCode(200);
                }
                for (int i = 0; i < RUNS; i++) {
                    long start = System.nanoTime();
                    given().header("Authorization", admin).queryParams(query).get("/api/v1/reports/" + report).then().statusCode(200);
                    times[i] = (System.nanoTime() - start) / 1_000;
                }
                Arrays.sort(times);
                results.add("| " + report + " | " + (org.equals(ROOT) ? "national root" : "one province") + " | "
                        + ms(times[RUNS / 2]) + " | " + ms(times[(int) Math.ceil(RUNS * 0.99) - 1]) + " | " + ms(times[RUNS - 1]) + " |");
            }
        }
        baselines(province);
        rebuildAgainstKafka();
        Path file = Path.of("target", "bench-results.md");
        Files.write(file, results);
        System.out.println(String.join("\n", results));
    }

    /** The same aggregation from pre-aggregated tables and ad hoc from the raw rows, by SQL, in this run. */
    private void baselines(String province) throws Exception {
        results.add("");
        results.add("| aggregation (SQL) | organisation | pre-aggregated ms | ad hoc over raw rows ms | ratio |");
        results.add("|---|---|---|---|---|");
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("SET search_path TO rm_1, public");
            for (String org : List.of(province, ROOT)) {
                String subtree = path(connection, org) + "%";
                long pre = best(connection, "SELECT dimension, value, sum(admitted) FROM admission_stat WHERE org_path LIKE ? "
                        + "AND month >= '2026-01-01' AND month <= '2026-12-01' GROUP BY dimension, value", subtree);
                long raw = best(connection, "SELECT d.dimension, d.value, count(*) FROM person p CROSS JOIN LATERAL " + Breakdown.lateralValues()
                        + " WHERE p.org_path LIKE ? AND p.admitted_on BETWEEN '2026-01-01' AND '2026-12-31' GROUP BY d.dimension, d.value", subtree);
                results.add("| new members by category, 2026 | " + name(org) + " | " + ms(pre) + " | " + ms(raw) + " | " + ratio(raw, pre) + " |");
                long cells = best(connection, "SELECT sum(s.members), sum(s.officials) FROM org_node o JOIN cell_stat s ON s.cell_id = o.id "
                        + "WHERE o.path LIKE ?", subtree);
                long members = best(connection, "SELECT count(*), count(official_date) FROM member m JOIN org_node o ON o.id = m.cell_id "
                        + "WHERE o.path LIKE ? AND m.left_on IS NULL", subtree);
                results.add("| members and officials | " + name(org) + " | " + ms(cells) + " | " + ms(members) + " | " + ratio(members, cells) + " |");
            }
        }
    }

    /** Rebuild rate against a plain consumer reading and decoding the same topics from the beginning. */
    private void rebuildAgainstKafka() throws Exception {
        publishRebuildEvents();
        long records = 0;
        long start = System.nanoTime();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, PartyDevTestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000,
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024, ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of("partydev.candidate.v1", "partydev.training.v1", "partydev.admission.v1")) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long total = end.values().stream().mapToLong(Long::longValue).sum();
            while (records < total) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    var decoded = CloudEventCodec.decode(record);
                    String type = decoded.metadata().type();
                    Class<? extends DomainEvent> dataType = type.contains("MemberAdmitted") ? MemberAdmitted.class
                            : type.contains("OrganisationRegistered") ? OrganisationRegistered.class : MemberRegistered.class;
                    decoded.data(dataType);
                    records++;
                }
            }
        }
        double kafkaRate = records / ((System.nanoTime() - start) / 1e9);

        String admin = TestTokens.bearer("admin", UUID.fromString(ROOT));
        String location = given().header("Authorization", admin).post("/api/v1/admin/rebuilds").then().statusCode(202).extract().header("Location");
        Awaitility.await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofSeconds(1)).until(() ->
                !"RUNNING".equals(given().header("Authorization", admin).get(location).then().extract().path("state")));
        var done = given().header("Authorization", admin).get(location).then().statusCode(200).extract();
        assertEquals("SWITCHED", done.path("state"));
        double rebuildRate = ((Number) done.path("eventsPerSecond")).doubleValue();
        long applied = ((Number) done.path("eventsApplied")).longValue();
        results.add("");
        results.add("| reading the three topics from the beginning | events | events/s |");
        results.add("|---|---|---|");
        results.add("| plain Kafka consumer, CloudEvents decoded | " + records + " | " + Math.round(kafkaRate) + " |");
        results.add("| rebuild into a fresh generation, switched over | " + applied + " | " + Math.round(rebuildRate) + " |");
        results.add("| rebuild ÷ Kafka | | " + String.format("%.3f", rebuildRate / kafkaRate) + " |");
    }

    private void publishRebuildEvents() throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, PartyDevTestInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024),
                new StringSerializer(), new ByteArraySerializer())) {
            String topic = "partydev.admission.v1";
            UUID province = UUID.randomUUID();
            String provincePath = "/" + ROOT + "/" + province + "/";
            send(producer, topic, new OrganisationRegistered(province, UUID.fromString(ROOT), OrganisationKind.PROVINCIAL, "B1", "Tỉnh thử",
                    provincePath, true, null, LocalDate.of(2025, 7, 1)));
            UUID[] cells = new UUID[1_000];
            for (int k = 0; k < cells.length; k++) {
                cells[k] = UUID.randomUUID();
                send(producer, topic, new OrganisationRegistered(cells[k], province, OrganisationKind.CELL, "B1-" + k, "Chi bộ " + k,
                        provincePath + cells[k] + "/", false, null, LocalDate.of(2025, 7, 1)));
            }
            Demographics who = new Demographics(Gender.FEMALE, LocalDate.of(1990, 1, 1), EthnicGroup.KINH, Religion.NONE,
                    GeneralEducation.UPPER_SECONDARY, ProfessionalLevel.UNIVERSITY, Occupation.CIVIL_SERVANT, true, false);
            for (int i = 0; i < REBUILD_EVENTS - cells.length - 1; i++) {
                UUID cell = cells[i % cells.length];
                if (i % 10 == 0) {
                    LocalDate ceremony = LocalDate.of(2026, 1, 1).plusDays(i % 300);
                    send(producer, topic, new MemberAdmitted(UUID.randomUUID(), UUID.randomUUID(), cell, null, ceremony.minusDays(10), ceremony,
                            ceremony.plusMonths(12), ceremony.plusMonths(13), NominationSource.YOUTH_UNION, who));
                } else {
                    send(producer, topic, new MemberRegistered(UUID.randomUUID(), cell, null, MemberStatus.OFFICIAL, LocalDate.of(2000, 1, 1),
                            LocalDate.of(2001, 1, 1), who));
                }
            }
            producer.flush();
        }
    }

    private static void send(KafkaProducer<String, byte[]> producer, String topic, DomainEvent event) {
        producer.send(CloudEventCodec.encode(topic, "/partydev/admission-service", UUID.randomUUID(), event));
    }

    private void generate() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            var sql = connection.createStatement();
            sql.execute("SET search_path TO rm_1, public");
            sql.execute("SET synchronous_commit TO off");
            sql.execute("SET maintenance_work_mem TO '256MB'");
            sql.execute("SET work_mem TO '64MB'");
            String root = "'/" + ROOT + "/'";
            sql.execute("INSERT INTO org_node (id, parent_id, path, kind, code, name, may_decide, population) SELECT md5('P' || p)::uuid, '"
                    + ROOT + "', " + root + " || md5('P' || p)::uuid || '/', 'PROVINCIAL', 'P' || p, 'Tỉnh ' || p, TRUE, NULL "
                    + "FROM generate_series(1, " + PROVINCES + ") p");
            sql.execute("INSERT INTO org_node (id, parent_id, path, kind, code, name, may_decide, population) SELECT md5('C' || c)::uuid, "
                    + "md5('P' || ((c - 1) % " + PROVINCES + " + 1))::uuid, " + root + " || md5('P' || ((c - 1) % " + PROVINCES + " + 1))::uuid || '/' || "
                    + "md5('C' || c)::uuid || '/', 'COMMUNE', 'C' || c, 'Xã ' || c, TRUE, 10000 + c % 20000 FROM generate_series(1, " + COMMUNES + ") c");
            sql.execute("INSERT INTO org_node (id, parent_id, path, kind, code, name, may_decide, population) SELECT md5('K' || k)::uuid, "
                    + "md5('C' || ((k - 1) % " + COMMUNES + " + 1))::uuid, c.path || md5('K' || k)::uuid || '/', 'CELL', 'K' || k, 'Chi bộ ' || k, FALSE, NULL "
                    + "FROM generate_series(1, " + CELLS + ") k JOIN org_node c ON c.id = md5('C' || ((k - 1) % " + COMMUNES + " + 1))::uuid");
            sql.execute("INSERT INTO residential_area (id, commune_id, commune_path, kind, name, disadvantaged, covering_cell_id, population, members) "
                    + "SELECT md5('A' || a)::uuid, c.id, c.path, 'THON', 'Thôn ' || a, a % 7 = 0, CASE WHEN a % 13 = 0 THEN NULL ELSE md5('K' || a)::uuid END, "
                    + "1000, CASE WHEN a % 17 = 0 THEN 0 ELSE 20 END FROM generate_series(1, " + COMMUNES * 10 + ") a "
                    + "JOIN org_node c ON c.id = md5('C' || ((a - 1) % " + COMMUNES + " + 1))::uuid");
            sql.execute("INSERT INTO member (member_id, cell_id, cell_since, entry_date, official_date) SELECT md5('M' || m)::uuid, "
                    + "md5('K' || ((m - 1) % " + CELLS + " + 1))::uuid, DATE '2000-01-01', DATE '2000-01-01', "
                    + "CASE WHEN m % 10 = 0 THEN NULL ELSE DATE '2001-01-01' END FROM generate_series(1, " + MEMBERS + ") m");
            sql.execute("INSERT INTO person (person_id, cell_id, cell_since, org_path, source, demographics_on, gender, birth_date, ethnic_group, religion, "
                    + "general_education, professional_level, occupation, youth_union, nominated_on, listed_on, enrolled_on, certified_on, case_opened_on, "
                    + "cell_resolution_on, decision_due, decided_on, ceremony_due, admitted_on, recognition_vote_due) "
                    + "SELECT md5('N' || n)::uuid, k.id, d - 250, k.path, (ARRAY['YOUTH_UNION','TRADE_UNION','WOMENS_UNION','FARMERS_UNION','CELL'])[n % 5 + 1], "
                    + "d, CASE WHEN n % 2 = 0 THEN 'FEMALE' ELSE 'MALE' END, DATE '1990-01-01' + (n % 9000), CASE WHEN n % 9 = 0 THEN 'TAY' ELSE 'KINH' END, "
                    + "CASE WHEN n % 11 = 0 THEN 'BUDDHISM' ELSE 'NONE' END, 'UPPER_SECONDARY', (ARRAY['NONE','COLLEGE','UNIVERSITY','MASTER'])[n % 4 + 1], "
                    + "(ARRAY['STUDENT','FARMER','CIVIL_SERVANT','PRIVATE_ENTERPRISE_WORKER','ARMED_FORCES'])[n % 5 + 1], n % 3 = 0, "
                    + "d - 250, d - 220, d - 200, d - 170, d - 120, d - 80, d - 20, d - 30, d + 10, d, d + 400 "
                    + "FROM (SELECT n, DATE '2025-01-01' + (n % 730) AS d, (n::bigint * 7919) % " + CELLS + " + 1 AS k FROM generate_series(1, " + ADMISSIONS + ") n) g "
                    + "JOIN org_node k ON k.id = md5('K' || g.k)::uuid");
            sql.execute("INSERT INTO admission_stat (cell_id, org_path, month, dimension, value, admitted) "
                    + "SELECT p.cell_id, min(p.org_path), date_trunc('month', p.admitted_on)::date, d.dimension, d.value, count(*) "
                    + "FROM person p CROSS JOIN LATERAL " + Breakdown.lateralValues() + " WHERE p.admitted_on IS NOT NULL "
                    + "GROUP BY p.cell_id, date_trunc('month', p.admitted_on), d.dimension, d.value");
            sql.execute("INSERT INTO cell_stat (cell_id, members, officials, last_admitted_on) SELECT m.cell_id, count(*), count(m.official_date), "
                    + "(SELECT max(admitted_on) FROM person p WHERE p.cell_id = m.cell_id) FROM member m GROUP BY m.cell_id");
            sql.execute("INSERT INTO public.admission_target (org_id, period, admissions, set_by, set_at) SELECT id, '2026', 6000, 'bench', now() "
                    + "FROM org_node WHERE kind IN ('PROVINCIAL', 'COMMUNE') ON CONFLICT DO NOTHING");
            sql.execute("UPDATE projection_state SET as_of = now()");
            sql.execute("ANALYZE");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long best(Connection connection, String query, String subtree) throws Exception {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            try (var statement = connection.prepareStatement(query)) {
                statement.setString(1, subtree);
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        rows.getObject(1);
                    }
                }
            }
            best = Math.min(best, (System.nanoTime() - start) / 1_000);
        }
        return best;
    }

    private static String path(Connection connection, String org) throws Exception {
        try (var statement = connection.prepareStatement("SELECT path FROM org_node WHERE id = ?::uuid")) {
            statement.setString(1, org);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static String uuid(String seed) {
        try {
            byte[] md5 = java.security.MessageDigest.getInstance("MD5").digest(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : md5) {
                hex.append(String.format("%02x", b));
            }
            return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                    + hex.substring(16, 20) + "-" + hex.substring(20)).toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String name(String org) {
        return org.equals(ROOT) ? "national root" : "one province";
    }

    private static String ms(long micros) {
        return String.format("%.1f", micros / 1000.0);
    }

    private static String ratio(long slow, long fast) {
        return String.format("%.0f×", (double) slow / Math.max(1, fast));
    }

    private static long timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
