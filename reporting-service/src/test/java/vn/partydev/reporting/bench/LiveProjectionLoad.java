package vn.partydev.reporting.bench;

import io.agroal.api.AgroalDataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.partydev.local.PartyDevTestInfrastructure;
import vn.partydev.platform.codes.EthnicGroup;
import vn.partydev.platform.codes.Gender;
import vn.partydev.platform.codes.GeneralEducation;
import vn.partydev.platform.codes.NominationSource;
import vn.partydev.platform.codes.Occupation;
import vn.partydev.platform.codes.OrganisationKind;
import vn.partydev.platform.codes.ProfessionalLevel;
import vn.partydev.platform.codes.Religion;
import vn.partydev.platform.events.CloudEventCodec;
import vn.partydev.platform.events.Demographics;
import vn.partydev.platform.events.DomainEvent;
import vn.partydev.platform.events.admission.AdmissionCaseOpened;
import vn.partydev.platform.events.admission.MemberAdmitted;
import vn.partydev.platform.events.admission.OrganisationRegistered;
import vn.partydev.platform.events.candidate.CandidateListed;
import vn.partydev.platform.events.candidate.CandidateNominated;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live projection under load, through the real broker and the service's own consumer (issue 13): sustained events/s
 * for a burst over realistic cells with one cell of 20,000 candidates beside them, against the rebuild rate of the same
 * run; and commit → applied latency (the report reads what is applied) at a steady 50 and 200 events/s.
 */
final class LiveProjectionLoad {

    private static final String ROOT = NationalScaleBenchmark.ROOT;
    private static final String CANDIDATE = "partydev.candidate.v1";
    private static final String ADMISSION = "partydev.admission.v1";
    private static final int CELLS = 2_000;
    private static final int PEOPLE = 20_000;
    private static final int BIG_CELL = 20_000;

    private final AgroalDataSource dataSource;
    private final List<String> results;
    private final Demographics who = new Demographics(Gender.MALE, 30, EthnicGroup.KINH, Religion.NONE,
            GeneralEducation.UPPER_SECONDARY, ProfessionalLevel.UNIVERSITY, Occupation.STUDENT, true, false);

    LiveProjectionLoad(AgroalDataSource dataSource, List<String> results) {
        this.dataSource = dataSource;
        this.results = results;
    }

    private final List<String[]> bursts = new ArrayList<>();

    void measure() throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, PartyDevTestInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5),
                new StringSerializer(), new ByteArraySerializer())) {
            UUID province = UUID.randomUUID();
            String provincePath = "/" + ROOT + "/" + province + "/";
            send(producer, ADMISSION, new OrganisationRegistered(province, UUID.fromString(ROOT), OrganisationKind.PROVINCIAL, "L1", "Tỉnh tải",
                    provincePath, true, null, LocalDate.of(2025, 7, 1)));
            UUID[] cells = new UUID[CELLS + 1];
            for (int k = 0; k < cells.length; k++) {
                cells[k] = UUID.randomUUID();
                send(producer, ADMISSION, new OrganisationRegistered(cells[k], province, OrganisationKind.CELL, "L1-" + k, "Chi bộ " + k,
                        provincePath + cells[k] + "/", false, null, LocalDate.of(2025, 7, 1)));
            }
            producer.flush();
            awaitApplied(Duration.ofMinutes(5));

            results.add("");
            burst(producer, "realistic cells (" + CELLS + " cells, 10 people each: nominated, listed, case opened, admitted)", () -> {
                long sent = 0;
                for (int i = 0; i < PEOPLE; i++) {
                    sent += person(producer, cells[i % CELLS], i);
                }
                return sent;
            });
            burst(producer, "one cell of " + BIG_CELL + " candidates beside realistic cells", () -> {
                long sent = 0;
                for (int i = 0; i < BIG_CELL; i++) {
                    sent += send(producer, CANDIDATE, new CandidateNominated(UUID.randomUUID(), cells[CELLS], null,
                            LocalDate.of(2026, 1, 1).plusDays(i % 150), NominationSource.YOUTH_UNION, who));
                    if (i % 4 == 0) {
                        sent += person(producer, cells[i % CELLS], i);
                    }
                }
                return sent;
            });

            results.add("");
            results.add("| commit → applied (reports read what is applied) | events | p50 ms | p99 ms | max ms | target |");
            results.add("|---|---|---|---|---|---|");
            for (int rate : new int[] {50, 200}) {
                latency(producer, cells, rate, Duration.ofSeconds(30));
            }
        }
    }

    private interface Load {
        long send() throws Exception;
    }

    private void burst(KafkaProducer<String, byte[]> producer, String label, Load load) throws Exception {
        long start = System.nanoTime();
        long sent = load.send();
        producer.flush();
        awaitApplied(Duration.ofMinutes(20));
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = sent / seconds;
        bursts.add(new String[] {label, Long.toString(sent), String.format("%.1f", seconds), Double.toString(rate)});
        System.out.println("live burst: " + label + ": " + sent + " events in " + String.format("%.1f", seconds) + " s = " + Math.round(rate) + " events/s");
    }

    /** The sustained rates measured, each against the rebuild rate of the same run. */
    void ratiosTo(double rebuildRate) {
        results.add("");
        results.add("| live projection (the service's consumer, through the broker) | events | s | events/s | ÷ rebuild of this run | target |");
        results.add("|---|---|---|---|---|---|");
        for (String[] burst : bursts) {
            double rate = Double.parseDouble(burst[3]);
            boolean met = rate >= 2_000 && rate >= 0.12 * rebuildRate;
            results.add("| " + burst[0] + " | " + burst[1] + " | " + burst[2] + " | " + Math.round(rate) + " | "
                    + String.format("%.3f", rate / rebuildRate) + " | " + (met ? "met" : "MISSED") + " (≥ 2,000/s and ≥ 0.12 × rebuild) |");
        }
    }

    /** Nominated, listed, case opened and admitted: 4 events on two topics, keyed by the person. */
    private long person(KafkaProducer<String, byte[]> producer, UUID cell, int i) {
        UUID person = UUID.randomUUID();
        LocalDate nominated = LocalDate.of(2025, 1, 1).plusDays(i % 300);
        LocalDate ceremony = nominated.plusDays(200);
        send(producer, CANDIDATE, new CandidateNominated(person, cell, null, nominated, NominationSource.YOUTH_UNION, who));
        send(producer, CANDIDATE, new CandidateListed(person, cell, nominated.plusDays(30)));
        send(producer, ADMISSION, new AdmissionCaseOpened(person, UUID.randomUUID(), cell, nominated.plusDays(120), "2026"));
        send(producer, ADMISSION, new MemberAdmitted(person, UUID.randomUUID(), cell, null, nominated.plusDays(180), ceremony,
                ceremony.plusMonths(12), ceremony.plusMonths(13), NominationSource.YOUTH_UNION, who));
        return 4;
    }

    /** Nominations at a steady rate; per event, from the broker's acknowledgement to the projection's commit of it. */
    private void latency(KafkaProducer<String, byte[]> producer, UUID[] cells, int rate, Duration length) throws Exception {
        List<long[]> sent = new ArrayList<>();   // partition, offset, acknowledged at (ns)
        Thread watcher = new Thread(this::watch);
        watcher.start();
        Thread.sleep(200);   // its first reading is the baseline: every offset after it is timed
        long count = rate * length.toSeconds();
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (long i = 0; i < count; i++) {
            long due = start + i * interval;
            while (System.nanoTime() < due) {
                Thread.onSpinWait();
            }
            RecordMetadata meta = producer.send(CloudEventCodec.encode(CANDIDATE, "/partydev/bench", UUID.randomUUID(),
                    new CandidateNominated(UUID.randomUUID(), cells[(int) (i % CELLS)], null, LocalDate.of(2026, 2, 1), NominationSource.TRADE_UNION, who))).get();
            synchronized (sent) {
                sent.add(new long[] {meta.partition(), meta.offset(), System.nanoTime()});
            }
        }
        awaitApplied(Duration.ofMinutes(5));
        watcher.interrupt();
        watcher.join();
        long[] latencies;
        synchronized (sent) {
            latencies = sent.stream().mapToLong(s -> Math.max(0, appliedTimeOf(s) - s[2])).toArray();
        }
        Arrays.sort(latencies);
        long p99 = latencies[(int) Math.ceil(latencies.length * 0.99) - 1];
        results.add("| " + rate + " events/s for " + length.toSeconds() + " s | " + latencies.length + " | " + ms(latencies[latencies.length / 2]) + " | "
                + ms(p99) + " | " + ms(latencies[latencies.length - 1]) + " | " + (p99 <= 1_000_000_000L ? "met" : "MISSED") + " (p99 ≤ 1 s) |");
        System.out.println(results.get(results.size() - 1));
    }

    private final Map<Long, Long> firstSeen = new ConcurrentHashMap<>();

    /** Polls the projection's committed positions and notes, per partition and offset band, when each was first applied. */
    private void watch() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            Map<Integer, Long> seen = new HashMap<>();
            while (!Thread.currentThread().isInterrupted()) {
                long now = System.nanoTime();
                try (ResultSet rows = statement.executeQuery("SELECT partition, next_offset FROM consumer_position "
                        + "WHERE consumer = 'reporting-read-models' AND topic = '" + CANDIDATE + "'")) {
                    while (rows.next()) {
                        int partition = rows.getInt(1);
                        long next = rows.getLong(2);
                        long from = seen.getOrDefault(partition, next);
                        for (long offset = from; offset < next; offset++) {
                            firstSeen.putIfAbsent(((long) partition << 40) | offset, now);
                        }
                        seen.put(partition, next);
                    }
                }
                Thread.sleep(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long appliedTimeOf(long[] sent) {
        Long at = firstSeen.get((sent[0] << 40) | sent[1]);
        return at == null ? sent[2] : at;
    }

    /** Waits until the projection's committed positions reach the end offsets the topics have now. */
    private void awaitApplied(Duration atMost) throws Exception {
        Map<String, Long> end = new HashMap<>();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, PartyDevTestInfrastructure.kafkaBootstrapServers()))) {
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            admin.describeTopics(List.of(CANDIDATE, ADMISSION, "partydev.training.v1")).allTopicNames().get().forEach((topic, description) ->
                    description.partitions().forEach(p -> request.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
            admin.listOffsets(request).all().get().forEach((partition, info) -> end.put(partition.topic() + "/" + partition.partition(), info.offset()));
        }
        long deadline = System.nanoTime() + atMost.toNanos();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            while (System.nanoTime() < deadline) {
                Map<String, Long> applied = new HashMap<>();
                try (ResultSet rows = statement.executeQuery("SELECT topic, partition, next_offset FROM consumer_position WHERE consumer = 'reporting-read-models'")) {
                    while (rows.next()) {
                        applied.put(rows.getString(1) + "/" + rows.getInt(2), rows.getLong(3));
                    }
                }
                if (end.entrySet().stream().allMatch(e -> e.getValue() == 0 || applied.getOrDefault(e.getKey(), 0L) >= e.getValue())) {
                    return;
                }
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("the live projection did not catch up within " + atMost);
    }

    private static int send(KafkaProducer<String, byte[]> producer, String topic, DomainEvent event) {
        producer.send(CloudEventCodec.encode(topic, "/partydev/bench", UUID.randomUUID(), event));
        return 1;
    }

    private static String ms(long nanos) {
        return String.format("%.1f", nanos / 1e6);
    }
}
