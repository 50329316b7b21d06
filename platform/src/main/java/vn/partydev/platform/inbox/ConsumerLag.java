package vn.partydev.platform.inbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;
import vn.partydev.platform.events.KafkaClientSettings;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * How far the service's consumer is behind the producers, per topic and partition: the broker's end offsets against
 * what the consumer has applied (or, for partitions another instance holds, what the group has committed). Read by its
 * own thread every {@code partydev.consumer.lag-interval}, so the figure rises while the consumer is busy, and exported
 * as {@code partydev_consumer_lag{topic, partition, group}}; {@link #latest()} gives the last reading to read models
 * that must say how fresh they are.
 */
@ApplicationScoped
public class ConsumerLag {

    private static final Logger LOG = Logger.getLogger(ConsumerLag.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final MeterRegistry registry;
    private final Map<TopicPartition, AtomicLong> gauges = new ConcurrentHashMap<>();
    private final Map<TopicPartition, Instant> behindSince = new ConcurrentHashMap<>();
    private volatile Reading latest;
    private Thread thread;
    private volatile boolean running;

    public ConsumerLag(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * One reading of the broker: when it was taken, and per partition the end offset, the lag in records and since when
     * the consumer has been behind (absent when caught up).
     */
    public record Reading(Instant takenAt, Map<TopicPartition, Long> endOffsets, Map<TopicPartition, Long> lag,
                          Map<TopicPartition, Instant> behindSince) {
    }

    /** The latest reading; empty before the first one (or where the service consumes nothing). */
    public Optional<Reading> latest() {
        return Optional.ofNullable(latest);
    }

    synchronized void start(InboxConfig config, Supplier<Map<TopicPartition, Long>> applied) {
        running = true;
        thread = new Thread(() -> run(config, applied), "consumer-lag");
        thread.setDaemon(true);
        thread.start();
    }

    synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run(InboxConfig config, Supplier<Map<TopicPartition, Long>> applied) {
        try (Admin admin = Admin.create(KafkaClientSettings.with(config.bootstrapServers(),
                Map.of(AdminClientConfig.CLIENT_ID_CONFIG, config.group().orElseThrow() + "-lag")))) {
            while (running) {
                try {
                    read(admin, config, applied.get());
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException | RuntimeException e) {
                    LOG.debugf("Consumer lag not read (%s); trying again", e.getMessage());
                }
                Thread.sleep(config.lagInterval().toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void read(Admin admin, InboxConfig config, Map<TopicPartition, Long> applied)
            throws InterruptedException, java.util.concurrent.ExecutionException, java.util.concurrent.TimeoutException {
        List<String> topics = config.topics().orElseThrow();
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        admin.describeTopics(topics).allTopicNames().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).forEach((topic, description) ->
                description.partitions().forEach(p -> request.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
        Instant takenAt = Instant.now();   // operational time, not the business clock (which tests may fix)
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                admin.listOffsets(request).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(config.group().orElseThrow())
                .partitionsToOffsetAndMetadata().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> endOffsets = new HashMap<>();
        Map<TopicPartition, Long> lag = new HashMap<>();
        ends.forEach((partition, info) -> {
            OffsetAndMetadata groupOffset = committed.get(partition);
            long position = Math.max(applied.getOrDefault(partition, 0L), groupOffset == null ? 0L : groupOffset.offset());
            long behind = Math.max(0, info.offset() - position);
            endOffsets.put(partition, info.offset());
            lag.put(partition, behind);
            gauge(partition, config.group().orElseThrow()).set(behind);
            if (behind == 0) {
                behindSince.remove(partition);
            } else {
                behindSince.putIfAbsent(partition, takenAt);
            }
        });
        latest = new Reading(takenAt, Map.copyOf(endOffsets), Map.copyOf(lag), Map.copyOf(behindSince));
    }

    private AtomicLong gauge(TopicPartition partition, String group) {
        return gauges.computeIfAbsent(partition, p -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("partydev.consumer.lag", value, AtomicLong::get)
                    .description("Records of the partition the service's consumer has not applied yet (end offset minus applied position)")
                    .tag("topic", p.topic()).tag("partition", Integer.toString(p.partition())).tag("group", group)
                    .register(registry);
            return value;
        });
    }
}
