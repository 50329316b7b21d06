package vn.partydev.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.partydev.platform.events.DomainEvent;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * TEMPORARY stand-in for the platform-events consumer engine: polls the configured topics, and applies each record
 * once per subscriber in one transaction with its processed_event row; unknown types are ignored, failures logged.
 */
@ApplicationScoped
public class InboxConsumer {

    private static final Logger LOG = Logger.getLogger(InboxConsumer.class);

    @ConfigProperty(name = "partydev.consumer.group")
    Optional<String> group;
    @ConfigProperty(name = "partydev.consumer.topics")
    Optional<List<String>> topics;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    @All
    List<EventSubscriber> subscribers;
    @Inject
    ObjectMapper json;
    @Inject
    EntityManager entityManager;

    private volatile KafkaConsumer<String, String> consumer;
    private volatile boolean running;
    private Thread thread;

    void start(@Observes StartupEvent started) {
        if (group.isEmpty() || topics.isEmpty() || subscribers.isEmpty()) {
            return;
        }
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, group.get());
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "2000");
        consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(topics.get());
        running = true;
        thread = new Thread(this::run, "inbox-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stopped) {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        try {
            while (running) {
                var records = consumer.poll(Duration.ofMillis(200));
                for (ConsumerRecord<String, String> record : records) {
                    apply(record);
                }
                if (!records.isEmpty()) {
                    consumer.commitSync();
                }
            }
        } catch (WakeupException stopping) {
            // shutting down
        } catch (RuntimeException unexpected) {
            LOG.errorf("inbox consumer stopped: %s", unexpected.getClass().getName());
        } finally {
            consumer.close();
        }
    }

    private void apply(ConsumerRecord<String, String> record) {
        String type = header(record, "ce_type");
        String id = header(record, "ce_id");
        if (type == null || id == null) {
            return;
        }
        String time = header(record, "ce_time");
        EventMetadata meta = new EventMetadata(UUID.fromString(id), type, header(record, "ce_source"),
                header(record, "ce_subject"), time == null ? null : OffsetDateTime.parse(time), record.topic(),
                record.partition(), record.offset());
        for (EventSubscriber subscriber : subscribers) {
            EventRoutes routes = new EventRoutes();
            subscriber.subscribe(routes);
            EventRoutes.Route<?> route = routes.find(type);
            if (route != null) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> applyOnce(subscriber.name(), route, record.value(), meta));
                } catch (RuntimeException failed) {
                    LOG.errorf("event %s of type %s failed in %s: %s", id, type, subscriber.name(), failed.getClass().getName());
                }
            }
        }
    }

    private <T extends DomainEvent> void applyOnce(String consumerName, EventRoutes.Route<T> route, String data, EventMetadata meta) {
        int inserted = entityManager.createNativeQuery("INSERT INTO processed_event (consumer, event_id) VALUES (?1, ?2)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, consumerName).setParameter(2, meta.id()).executeUpdate();
        if (inserted == 0) {
            return;
        }
        try {
            route.handler().handle(json.readValue(data, route.type()), meta);
        } catch (java.io.IOException unreadable) {
            throw new IllegalArgumentException("unreadable event data", unreadable);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "InboxConsumer" + Arrays.asList(group.orElse("-"));
    }
}
