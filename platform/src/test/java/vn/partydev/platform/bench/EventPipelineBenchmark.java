package vn.partydev.platform.bench;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.partydev.local.PartyDevTestInfrastructure;
import vn.partydev.platform.events.EventJson;
import vn.partydev.platform.events.candidate.HelperAssigned;
import vn.partydev.platform.outbox.Outbox;
import vn.partydev.platform.outbox.OutboxRelayRunner;
import vn.partydev.platform.testapp.Assignments;
import vn.partydev.platform.testapp.TallySubscriber;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Measures the event pipeline against Kafka alone, in one run on one machine (not a timed test: it reports,
 * it does not assert figures). Run with
 * {@code ./mvnw -B verify -pl platform -am -Dsurefire.failIfNoSpecifiedTests=false -Dbench.excluded=none -Dtest=EventPipelineBenchmark}
 * (optionally {@code -Dbench.seconds=30 -Dbench.backlog=20000}). Results: platform/target/bench-results.md.
 * <ul>
 *   <li>commit-to-consume latency: a use case commits a state change and its event (outbox) at 200 events/s; the
 *       relay publishes it; the consumer engine applies it in its own transaction (inbox). Measured from the
 *       moment the use case's transaction returned to the moment the subscriber's handler ran.</li>
 *   <li>baseline: a Kafka producer (acks=all, idempotent) to a consumer on the same broker at 200 records/s.</li>
 *   <li>relay throughput: a backlog written while the relay is paused, drained once it resumes; baseline: the
 *       same number of records sent by a bare producer.</li>
 * </ul>
 */
@QuarkusTest
@Tag("bench")
class EventPipelineBenchmark {

    private static final int RATE = 200;
    private static final String BASELINE_TOPIC = "partydev.training.v1";

    @Inject
    Assignments assignments;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelayRunner relay;

    @Inject
    TallySubscriber tally;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void measure() throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 30);
        int backlog = Integer.getInteger("bench.backlog", 20_000);
        pipelineLatencies(2);   // warm-up: JIT, connection pools, partitions' leaders
        kafkaLatencies(2);

        long[] kafka = kafkaLatencies(seconds);
        java.time.OffsetDateTime pipelineStart = java.time.OffsetDateTime.now();
        long[] pipeline = pipelineLatencies(seconds);
        String relayPart = relayLatencies(pipelineStart);
        double kafkaThroughput = kafkaThroughput(backlog);
        double relayThroughput = relayThroughput(backlog);

        String report = report(seconds, backlog, kafka, pipeline, kafkaThroughput, relayThroughput) + relayPart;
        System.out.println(report);
        Files.writeString(Path.of("target", "bench-results.md"), report);
    }

    private long[] pipelineLatencies(int seconds) {
        int count = seconds * RATE;
        Map<UUID, Long> committedAt = new HashMap<>(count * 2);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            pace(start, i);
            UUID candidate = UUID.randomUUID();
            assignments.assign(candidate, UUID.randomUUID(), LocalDate.of(2026, 3, 2));
            committedAt.put(candidate, System.nanoTime());
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!tally.appliedAt().keySet().containsAll(committedAt.keySet()) && System.nanoTime() < deadline) {
            sleep(50);
        }
        Map<UUID, Long> appliedAt = tally.appliedAt();
        assertEquals(true, appliedAt.keySet().containsAll(committedAt.keySet()), "every event was consumed");
        return committedAt.entrySet().stream()
                .mapToLong(entry -> appliedAt.get(entry.getKey()) - entry.getValue())
                .sorted().toArray();
    }

    private long[] kafkaLatencies(int seconds) throws InterruptedException {
        int count = seconds * RATE;
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch assigned = new CountDownLatch(1);
        Thread consumer = new Thread(() -> {
            try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()), new StringDeserializer(), new ByteArrayDeserializer())) {
                List<TopicPartition> partitions = kafka.partitionsFor(BASELINE_TOPIC).stream()
                        .map(info -> new TopicPartition(BASELINE_TOPIC, info.partition())).toList();
                kafka.assign(partitions);
                kafka.seekToEnd(partitions);
                partitions.forEach(kafka::position);
                assigned.countDown();
                while (running.get()) {
                    for (ConsumerRecord<String, byte[]> record : kafka.poll(Duration.ofMillis(100))) {
                        latencies.add(System.nanoTime() - ByteBuffer.wrap(record.value()).getLong());
                    }
                }
            }
        }, "bench-baseline-consumer");
        consumer.start();
        assigned.await(30, TimeUnit.SECONDS);
        byte[] payload = samplePayload();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                pace(start, i);
                byte[] value = ByteBuffer.allocate(8 + payload.length).putLong(System.nanoTime()).put(payload).array();
                producer.send(new ProducerRecord<>(BASELINE_TOPIC, UUID.randomUUID().toString(), value));
            }
            producer.flush();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (latencies.size() < count && System.nanoTime() < deadline) {
            sleep(50);
        }
        running.set(false);
        consumer.join();
        return latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private double kafkaThroughput(int count) throws Exception {
        byte[] payload = samplePayload();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            long start = System.nanoTime();
            List<java.util.concurrent.Future<?>> acks = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                acks.add(producer.send(new ProducerRecord<>(BASELINE_TOPIC, UUID.randomUUID().toString(), payload)));
            }
            for (java.util.concurrent.Future<?> ack : acks) {
                ack.get();
            }
            return count / ((System.nanoTime() - start) / 1e9);
        }
    }

    private double relayThroughput(int count) throws Exception {
        relay.pause();
        try {
            for (int written = 0; written < count; written += 500) {
                int batch = Math.min(500, count - written);
                QuarkusTransaction.requiringNew().run(() -> {
                    for (int i = 0; i < batch; i++) {
                        outbox.publish(new HelperAssigned(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2026, 3, 2)));
                    }
                });
            }
        } finally {
            long start = System.nanoTime();
            relay.resume();
            while (unpublished() > 0) {
                sleep(20);
            }
            return count / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** The relay's share: from the row's insert to the broker's acknowledgement (published_at). */
    private String relayLatencies(java.time.OffsetDateTime since) throws Exception {
        String sql = """
                SELECT percentile_cont(ARRAY[0.5, 0.99]) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM published_at - occurred_at) * 1000)
                FROM outbox_event WHERE occurred_at >= ? AND published_at IS NOT NULL""";
        try (Connection connection = dataSource.getConnection(); var select = connection.prepareStatement(sql)) {
            select.setObject(1, since);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                Double[] quantiles = (Double[]) result.getArray(1).getArray();
                return String.format("Of which outbox insert → relay published (broker acknowledged): p50 %.1f ms, p99 %.1f ms.%n",
                        quantiles[0], quantiles[1]);
            }
        }
    }

    private long unpublished() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String report(int seconds, int backlog, long[] kafka, long[] pipeline,
                                 double kafkaThroughput, double relayThroughput) {
        StringBuilder out = new StringBuilder();
        out.append("| Measure (").append(RATE).append(" events/s for ").append(seconds).append(" s) | Kafka alone | Outbox → relay → Kafka → consumer | Ratio |\n");
        out.append("|---|---|---|---|\n");
        for (double quantile : new double[]{0.50, 0.90, 0.99, 1.0}) {
            double base = millis(percentile(kafka, quantile));
            double full = millis(percentile(pipeline, quantile));
            out.append(String.format("| %s latency | %.1f ms | %.1f ms | %.1f× |%n",
                    quantile == 1.0 ? "max" : "p" + Math.round(quantile * 100), base, full, full / base));
        }
        out.append(String.format("| throughput, backlog of %d events | %.0f records/s (bare producer) | %.0f events/s (relay) | %.2f× |%n",
                backlog, kafkaThroughput, relayThroughput, relayThroughput / kafkaThroughput));
        out.append(String.format("%nSamples: %d Kafka records, %d pipeline events; %d cores, Java %s.%n",
                kafka.length, pipeline.length, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        return out.toString();
    }

    private static long percentile(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static byte[] samplePayload() {
        return EventJson.write(new HelperAssigned(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2026, 3, 2)))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 1), new StringSerializer(), new ByteArraySerializer());
    }

    private static void pace(long start, int index) {
        long due = start + index * (1_000_000_000L / RATE);
        long wait = due - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String bootstrap() {
        return PartyDevTestInfrastructure.kafkaBootstrapServers();
    }
}
