package vn.partydev.platform.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Properties;
import java.util.UUID;

/**
 * TEMPORARY stand-in for the platform-events test helper: puts one event on a real topic as a binary-mode CloudEvent,
 * as another service's relay would, so a consumer is tested end to end. Returns the ce_id.
 */
public final class EventInjector {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private EventInjector() {
    }

    public static UUID inject(String bootstrapServers, String topic, DomainEvent event) {
        Properties settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        UUID id = UUID.randomUUID();
        try (var producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
            var record = new ProducerRecord<>(topic, event.subject(), JSON.writeValueAsString(event));
            record.headers().add("ce_id", id.toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_type", EventTypes.typeOf(event.getClass()).getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_source", ("/partydev/" + topic).getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_subject", event.subject().getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_time", OffsetDateTime.now().toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not inject " + event.getClass().getSimpleName(), e);
        }
        return id;
    }
}
