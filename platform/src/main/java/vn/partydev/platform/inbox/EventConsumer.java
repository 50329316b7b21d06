package vn.partydev.platform.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jboss.logging.Logger;
import vn.partydev.platform.events.CloudEventCodec;
import vn.partydev.platform.events.DecodedEvent;
import vn.partydev.platform.events.DomainEvent;
import vn.partydev.platform.events.EventTrace;
import vn.partydev.platform.events.UndecodableEvent;
import vn.partydev.platform.inbox.DeadLetters.Reason;
import vn.partydev.platform.inbox.EventRoutes.Route;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads the configured topics with a plain Kafka consumer and hands every record to each subscriber that
 * handles its type, one transaction per subscriber (effect + inbox row). Offsets are committed after those
 * transactions. Unknown types are skipped; records that cannot be decoded or applied go to the dead-letter
 * topic and consumption continues; when the database is unreachable the records are read again later.
 */
final class EventConsumer implements Runnable {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final InboxConfig config;
    private final List<Subscription> subscriptions;
    private final Inbox inbox;
    private final MeterRegistry registry;
    private final Map<String, AtomicLong> lagByTopic = new ConcurrentHashMap<>();
    private final Map<String, Counter> consumedCounters = new ConcurrentHashMap<>();
    private volatile boolean running;
    private KafkaConsumer<byte[], byte[]> consumer;
    private Thread thread;

    EventConsumer(InboxConfig config, List<Subscription> subscriptions, DataSource dataSource, MeterRegistry registry) {
        this.config = config;
        this.subscriptions = subscriptions;
        this.inbox = new Inbox(dataSource);
        this.registry = registry;
        for (String topic : config.topics().orElseThrow()) {
            AtomicLong lag = lagByTopic.computeIfAbsent(topic, t -> new AtomicLong());
            Gauge.builder("partydev.consumer.lag", lag, AtomicLong::get)
                    .description("Records of the topic not yet consumed by this service")
                    .tag("topic", topic).register(registry);
        }
    }

    synchronized void start() {
        running = true;
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, config.group().orElseThrow(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.maxPollRecords()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        thread = new Thread(this, "event-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    synchronized void stop() {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void run() {
        try (KafkaProducer<byte[], byte[]> dlqProducer = deadLetterProducer()) {
            DeadLetters deadLetters = new DeadLetters(dlqProducer);
            consumer.subscribe(config.topics().orElseThrow());
            while (running) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
                if (!records.isEmpty()) {
                    processAll(records, deadLetters);
                }
                updateLag();
            }
        } catch (WakeupException e) {
            // stop() was called
        } catch (RuntimeException e) {
            LOG.errorf(e, "Event consumer of %s stopped", config.topics().orElseThrow());
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void processAll(ConsumerRecords<byte[], byte[]> records, DeadLetters deadLetters) {
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            try {
                process(record, deadLetters);
            } catch (RuntimeException e) {
                // the database or the dead-letter topic is unreachable: nothing is lost, the records come again
                LOG.warnf("Event consumer cannot process %s-%d@%d (%s); reading again in %s",
                        record.topic(), record.partition(), record.offset(), e.getMessage(), config.retryBackoff());
                rewind(records, done);
                sleep(config.retryBackoff());
                return;
            }
            done.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
        }
        // Asynchronous: the next records need not wait for the broker's answer. A lost commit only means a
        // redelivery, which the inbox turns into a no-op.
        consumer.commitAsync(done, (offsets, failure) -> {
            if (failure != null) {
                LOG.warnf("Offsets of %s not committed (%s); those records may be delivered again", offsets.keySet(), failure.getMessage());
            }
        });
    }

    private void process(ConsumerRecord<byte[], byte[]> record, DeadLetters deadLetters) {
        DecodedEvent decoded;
        try {
            decoded = CloudEventCodec.decode(record);
        } catch (UndecodableEvent e) {
            LOG.warnf("Dead-lettering record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            deadLetters.send(record, Reason.UNDECODABLE, e, null);
            count(record.topic(), "-", "dead-lettered");
            return;
        }
        boolean handled = false;
        for (Subscription subscription : subscriptions) {
            var route = subscription.routes().routeOf(decoded.metadata().type());
            if (route.isPresent()) {
                handled = true;
                apply(subscription.name(), route.get(), decoded, record, deadLetters);
            }
        }
        if (!handled) {
            count(record.topic(), "-", "ignored");
        }
    }

    private <T extends DomainEvent> void apply(String consumerName, Route<T> route, DecodedEvent decoded,
                                               ConsumerRecord<byte[], byte[]> record, DeadLetters deadLetters) {
        EventMetadata meta = decoded.metadata();
        T event;
        try {
            event = decoded.data(route.type());
        } catch (UndecodableEvent e) {
            LOG.warnf("Dead-lettering event %s (%s) for %s: invalid data", meta.id(), meta.type(), consumerName);
            deadLetters.send(record, Reason.INVALID_DATA, e, consumerName);
            count(record.topic(), consumerName, "dead-lettered");
            return;
        }
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try (var trace = EventTrace.continueFrom(decoded.traceparent(), meta.type())) {
            boolean applied = inbox.applyOnce(consumerName, meta.id(), () -> route.handler().handle(event, meta));
            count(record.topic(), consumerName, applied ? "applied" : "duplicate");
        } catch (RuntimeException e) {
            if (isInfrastructureFailure(e)) {
                throw e;
            }
            Throwable cause = rootCause(e);
            LOG.warnf("Dead-lettering event %s (%s) for %s: the handler failed with %s",
                    meta.id(), meta.type(), consumerName, cause.getClass().getName());
            deadLetters.send(record, Reason.HANDLER_FAILED, cause, consumerName);
            count(record.topic(), consumerName, "dead-lettered");
        } finally {
            requestContext.terminate();
        }
    }

    /** Goes back to the first record of each partition that was not processed, after committing the rest. */
    private void rewind(ConsumerRecords<byte[], byte[]> records, Map<TopicPartition, OffsetAndMetadata> done) {
        if (!done.isEmpty()) {
            consumer.commitSync(done);
        }
        for (TopicPartition partition : records.partitions()) {
            OffsetAndMetadata processed = done.get(partition);
            long next = processed != null ? processed.offset() : records.records(partition).get(0).offset();
            consumer.seek(partition, next);
        }
    }

    static boolean isInfrastructureFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Inbox.InboxUnavailable || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            // 08: connection lost, 57P: server shutting down, 40: the transaction lost a deadlock or a serialization
            // conflict with a concurrent one (another replica's) — all pass: the records are read again, not dead-lettered
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P") || sql.getSQLState().startsWith("40"))) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private void updateLag() {
        Map<String, Long> lags = new HashMap<>();
        for (TopicPartition partition : consumer.assignment()) {
            consumer.currentLag(partition).ifPresent(lag -> lags.merge(partition.topic(), lag, Long::sum));
        }
        lags.forEach((topic, lag) -> lagByTopic.computeIfAbsent(topic, t -> new AtomicLong()).set(lag));
    }

    private void count(String topic, String consumerName, String outcome) {
        // looked up once per (topic, consumer, outcome), not built and registered again for every event
        consumedCounters.computeIfAbsent(topic + '\u0000' + consumerName + '\u0000' + outcome,
                key -> Counter.builder("partydev.events.consumed")
                        .description("Events this service read, by what became of them")
                        .tag("topic", topic).tag("consumer", consumerName).tag("outcome", outcome)
                        .register(registry)).increment();
    }

    private KafkaProducer<byte[], byte[]> deadLetterProducer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A subscriber's inbox name and routes. */
    record Subscription(String name, EventRoutes routes) {
    }
}
