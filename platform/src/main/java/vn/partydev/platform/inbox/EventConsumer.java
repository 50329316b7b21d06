package vn.partydev.platform.inbox;

import io.micrometer.core.instrument.Counter;
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
import vn.partydev.platform.events.KafkaClientSettings;
import vn.partydev.platform.events.UndecodableEvent;
import vn.partydev.platform.inbox.DeadLetters.Reason;
import vn.partydev.platform.inbox.EventRoutes.Route;
import vn.partydev.platform.problem.DatabaseOutage;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Reads the configured topics with a plain Kafka consumer and hands every record to each subscriber that
 * handles its type: the effect and its inbox row in one transaction, one transaction per poll (one per event and
 * subscriber when a poll must be applied one by one). Offsets are committed after those transactions. Unknown types
 * are skipped; records that cannot be decoded or applied go to the dead-letter topic and consumption continues; when
 * the database is unreachable the records are read again later.
 */
final class EventConsumer implements Runnable {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final InboxConfig config;
    private final List<Subscription> subscriptions;
    private final Inbox inbox;
    private final MeterRegistry registry;
    private final Map<TopicPartition, Long> applied = new ConcurrentHashMap<>();
    private final Map<String, Counter> consumedCounters = new ConcurrentHashMap<>();
    private volatile boolean running;
    private KafkaConsumer<byte[], byte[]> consumer;
    private Thread thread;

    EventConsumer(InboxConfig config, List<Subscription> subscriptions, DataSource dataSource, MeterRegistry registry) {
        this.config = config;
        this.subscriptions = subscriptions;
        this.inbox = new Inbox(dataSource);
        this.registry = registry;
    }

    synchronized void start() {
        running = true;
        consumer = new KafkaConsumer<>(KafkaClientSettings.with(config.bootstrapServers(), Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, config.group().orElseThrow(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.maxPollRecords(),
                ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) config.sessionTimeout().toMillis())),
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
        Map<TopicPartition, Long> polled = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            polled.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
        }
        try {
            List<Decoded> decoded = new ArrayList<>(records.count());
            for (ConsumerRecord<byte[], byte[]> record : records) {
                Decoded event = decode(record, deadLetters);
                if (event != null) {
                    decoded.add(event);
                }
            }
            applyTogether(decoded, deadLetters);
            for (Subscription subscription : subscriptions) {
                subscription.routes().batchHandler().ifPresent(handler -> applyBatch(subscription, handler, decoded, polled, deadLetters));
            }
        } catch (RuntimeException e) {
            // the database or the dead-letter topic is unreachable: nothing is lost, the records come again (and what
            // was applied already is a no-op then, through the inbox)
            LOG.warnf("Event consumer cannot process a batch of %d records (%s); reading again in %s",
                    records.count(), e.getMessage(), config.retryBackoff());
            rewind(records);
            sleep(config.retryBackoff());
            return;
        }
        applied.putAll(polled);
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        polled.forEach((partition, next) -> done.put(partition, new OffsetAndMetadata(next)));
        // Asynchronous: the next records need not wait for the broker's answer. A lost commit only means a
        // redelivery, which the inbox turns into a no-op.
        consumer.commitAsync(done, (offsets, failure) -> {
            if (failure != null) {
                LOG.warnf("Offsets of %s not committed (%s); those records may be delivered again", offsets.keySet(), failure.getMessage());
            }
        });
    }

    private Decoded decode(ConsumerRecord<byte[], byte[]> record, DeadLetters deadLetters) {
        try {
            return new Decoded(record, CloudEventCodec.decode(record));
        } catch (UndecodableEvent e) {
            LOG.warnf("Dead-lettering record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            deadLetters.send(record, Reason.UNDECODABLE, e, null);
            count(record.topic(), "-", "dead-lettered");
            return null;
        }
    }

    /**
     * Applies a batch subscriber's events of the poll in one transaction, with the partitions' positions; when that
     * fails, one by one, so that only the event that fails goes to the dead-letter topic.
     */
    private void applyBatch(Subscription subscription, BatchHandler handler, List<Decoded> decoded, Map<TopicPartition, Long> polled,
                            DeadLetters deadLetters) {
        String name = subscription.name();
        List<Pending> pending = new ArrayList<>();
        for (Decoded event : decoded) {
            var route = subscription.routes().routeOf(event.decoded().metadata().type());
            if (route.isEmpty()) {
                continue;
            }
            try {
                pending.add(new Pending(event.record(), new DeliveredEvent(event.decoded().data(route.get().type()), event.decoded().metadata())));
            } catch (UndecodableEvent e) {
                LOG.warnf("Dead-lettering event %s (%s) for %s: invalid data", event.decoded().metadata().id(), event.decoded().metadata().type(), name);
                deadLetters.send(event.record(), Reason.INVALID_DATA, e, name);
                count(event.record().topic(), name, "dead-lettered");
            }
        }
        List<DeliveredEvent> events = pending.stream().map(Pending::event).toList();
        try {
            countBatch(pending, name, inRequestContext(() -> inbox.applyBatchOnce(name, events, polled, handler)));
            return;
        } catch (RuntimeException e) {
            if (isInfrastructureFailure(e)) {
                throw e;
            }
            LOG.warnf("A batch of %d events for %s failed (%s); applying them one by one", events.size(), name, rootCause(e).getClass().getName());
        }
        for (Pending one : pending) {
            try {
                countBatch(List.of(one), name, inRequestContext(() -> inbox.applyBatchOnce(name, List.of(one.event()), Map.of(), handler)));
            } catch (RuntimeException e) {
                if (isInfrastructureFailure(e)) {
                    throw e;
                }
                Throwable cause = rootCause(e);
                LOG.warnf("Dead-lettering event %s (%s) for %s: the handler failed with %s",
                        one.event().meta().id(), one.event().meta().type(), name, cause.getClass().getName());
                deadLetters.send(one.record(), Reason.HANDLER_FAILED, cause, name);
                count(one.record().topic(), name, "dead-lettered");
            }
        }
        inbox.applyBatchOnce(name, List.of(), polled, handler);
    }

    private void countBatch(List<Pending> pending, String consumerName, int fresh) {
        // a batch's duplicates are counted against its first records' topics: the split is not known per event
        for (int i = 0; i < pending.size(); i++) {
            count(pending.get(i).record().topic(), consumerName, i < fresh ? "applied" : "duplicate");
        }
    }

    private static <T> T inRequestContext(java.util.function.Supplier<T> work) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            return work.get();
        } finally {
            requestContext.terminate();
        }
    }

    /**
     * Applies the poll's events to the per-event subscribers in one transaction, in the order they came (each event to
     * each subscriber, its inbox row beside its effect), so that a poll costs one commit, not one per event and
     * subscriber. When anything in it fails, nothing of it stays and the events are applied one by one instead
     * ({@link #process}), which isolates a poison record to the dead-letter topic.
     */
    private void applyTogether(List<Decoded> decoded, DeadLetters deadLetters) {
        if (decoded.size() < 2) {
            decoded.forEach(event -> process(event, deadLetters));
            return;
        }
        List<Outcome> outcomes = new ArrayList<>();
        try {
            inRequestContext(() -> {
                inbox.inOneTransaction(() -> decoded.forEach(event -> applyToSubscribers(event, outcomes)));
                return null;
            });
        } catch (RuntimeException e) {
            if (isInfrastructureFailure(e)) {
                throw e;
            }
            LOG.infof("%d events could not be applied together (%s); applying them one by one", decoded.size(),
                    rootCause(e).getClass().getName());
            decoded.forEach(event -> process(event, deadLetters));
            return;
        }
        outcomes.forEach(outcome -> count(outcome.topic(), outcome.consumer(), outcome.outcome()));
    }

    /** Applies the event to each of its per-event subscribers within the caller's transaction; notes what became of it. */
    private void applyToSubscribers(Decoded event, List<Outcome> outcomes) {
        String topic = event.record().topic();
        boolean handled = toPerEventSubscribers(event, (consumerName, route) -> outcomes.add(new Outcome(topic, consumerName,
                applyInCurrentTransaction(consumerName, route, event.decoded()) ? "applied" : "duplicate")));
        if (!handled) {
            outcomes.add(new Outcome(topic, "-", "ignored"));
        }
    }

    /**
     * Hands the event to each per-event subscriber that handles its type; answers whether any subscriber (batch ones
     * included) handles it.
     */
    private boolean toPerEventSubscribers(Decoded event, BiConsumer<String, Route<?>> action) {
        boolean handled = false;
        for (Subscription subscription : subscriptions) {
            var route = subscription.routes().routeOf(event.decoded().metadata().type());
            if (route.isPresent()) {
                handled = true;
                if (subscription.routes().batchHandler().isEmpty()) {
                    action.accept(subscription.name(), route.get());
                }
            }
        }
        return handled;
    }

    private <T extends DomainEvent> boolean applyInCurrentTransaction(String consumerName, Route<T> route, DecodedEvent decoded) {
        // invalid data throws: the poll is then applied one by one, where it is dead-lettered
        T event = decoded.data(route.type());
        EventMetadata meta = decoded.metadata();
        try (var trace = EventTrace.continueFrom(decoded.traceparent(), meta.type())) {
            return inbox.applyOnceInCurrentTransaction(consumerName, meta.id(), () -> route.handler().handle(event, meta));
        }
    }

    private void process(Decoded event, DeadLetters deadLetters) {
        boolean handled = toPerEventSubscribers(event, (consumerName, route) ->
                apply(consumerName, route, event.decoded(), event.record(), deadLetters));
        if (!handled) {
            count(event.record().topic(), "-", "ignored");
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

    /** Goes back to the first record of each partition of the poll: they are all read again. */
    private void rewind(ConsumerRecords<byte[], byte[]> records) {
        for (TopicPartition partition : records.partitions()) {
            consumer.seek(partition, records.records(partition).get(0).offset());
        }
    }

    /**
     * Whether a failure is the database's or the broker's, not the event's: then the records are read again later and
     * nothing is dead-lettered. A commit that fails because the connection was lost may surface as a bare rollback
     * that names no SQL error, so an event is only dead-lettered while the database answers.
     */
    private boolean isInfrastructureFailure(Throwable failure) {
        return isInfrastructureCause(failure) || !inbox.databaseAnswers();
    }

    private static boolean isInfrastructureCause(Throwable failure) {
        if (DatabaseOutage.isCause(failure)) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Inbox.InboxUnavailable) {
                return true;
            }
            // 40: the transaction lost a deadlock or a serialization conflict with a concurrent one (another replica's):
            // the records are read again, not dead-lettered
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
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

    private void count(String topic, String consumerName, String outcome) {
        // looked up once per (topic, consumer, outcome), not built and registered again for every event
        consumedCounters.computeIfAbsent(topic + '\u0000' + consumerName + '\u0000' + outcome,
                key -> Counter.builder("partydev.events.consumed")
                        .description("Events this service read, by what became of them")
                        .tag("topic", topic).tag("consumer", consumerName).tag("outcome", outcome)
                        .register(registry)).increment();
    }

    private KafkaProducer<byte[], byte[]> deadLetterProducer() {
        return new KafkaProducer<>(KafkaClientSettings.with(config.bootstrapServers(), Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000)),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next offset of each partition this consumer has applied everything before (read by the lag monitor). */
    Map<TopicPartition, Long> applied() {
        return applied;
    }

    private record Decoded(ConsumerRecord<byte[], byte[]> record, DecodedEvent decoded) {
    }

    private record Pending(ConsumerRecord<byte[], byte[]> record, DeliveredEvent event) {
    }

    /** What became of an event for one consumer, counted once the transaction that applied it has committed. */
    private record Outcome(String topic, String consumer, String outcome) {
    }

    /** A subscriber's inbox name and routes. */
    record Subscription(String name, EventRoutes routes) {
    }
}
