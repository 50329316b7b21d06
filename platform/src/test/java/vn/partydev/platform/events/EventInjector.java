package vn.partydev.platform.events;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Puts events of another service on a real broker, exactly as that service's relay would: for tests and demo
 * data only (production events come from the outbox). Not a CDI bean.
 * <pre>{@code
 * try (EventInjector admission = EventInjector.connect(bootstrap, "/partydev/admission-service")) {
 *     admission.send("partydev.admission.v1", new MemberAdmitted(...));
 * }
 * }</pre>
 */
public final class EventInjector implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final String source;

    private EventInjector(KafkaProducer<String, byte[]> producer, String source) {
        this.producer = producer;
        this.source = source;
    }

    public static EventInjector connect(String bootstrapServers, String source) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        return new EventInjector(new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer()), source);
    }

    /** Sends the event with a fresh id and waits for the broker's acknowledgement; returns the id. */
    public UUID send(String topic, DomainEvent event) {
        return send(topic, UUID.randomUUID(), event);
    }

    /** Sends the event with the given id (sending one id twice simulates a redelivery). */
    public UUID send(String topic, UUID id, DomainEvent event) {
        return send(topic, id, event, Traceparent.current());
    }

    /** Sends the event as caused by the request of the W3C {@code traceparent} given. */
    public UUID send(String topic, UUID id, DomainEvent event, String traceparent) {
        try {
            producer.send(CloudEventCodec.encode(topic, new CloudEventCodec.OutgoingEvent(id, EventTypes.typeOf(event.getClass()), source,
                    event.subject(), java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC), EventJson.write(event), traceparent)))
                    .get(30, TimeUnit.SECONDS);
            return id;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending " + id, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot send event " + id + " to " + topic, e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
