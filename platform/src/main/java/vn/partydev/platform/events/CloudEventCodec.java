package vn.partydev.platform.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import vn.partydev.platform.inbox.EventMetadata;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * CloudEvents 1.0 in Kafka binary content mode: the attributes are {@code ce_*} headers, the record value is the
 * event data as JSON ({@code content-type: application/json}) and the key is the subject.
 */
public final class CloudEventCodec {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";
    public static final String CE_SPECVERSION = "ce_specversion";
    public static final String CE_ID = "ce_id";
    public static final String CE_TYPE = "ce_type";
    public static final String CE_SOURCE = "ce_source";
    public static final String CE_SUBJECT = "ce_subject";
    public static final String CE_TIME = "ce_time";
    public static final String CONTENT_TYPE_HEADER = "content-type";
    public static final String TRACEPARENT = "traceparent";

    private CloudEventCodec() {
    }

    /** The record for an event being published now (a fresh id, the current time and trace context). */
    public static ProducerRecord<String, byte[]> encode(String topic, String source, UUID id, DomainEvent event) {
        return encode(topic, new OutgoingEvent(id, EventTypes.typeOf(event.getClass()), source, event.subject(),
                OffsetDateTime.now(ZoneOffset.UTC), EventJson.write(event), Traceparent.current()));
    }

    /** The record for an event already serialised (an outbox row). */
    public static ProducerRecord<String, byte[]> encode(String topic, OutgoingEvent event) {
        Headers headers = new RecordHeaders();
        headers.add(CE_SPECVERSION, bytes(SPEC_VERSION));
        headers.add(CE_ID, bytes(event.id().toString()));
        headers.add(CE_TYPE, bytes(event.type()));
        headers.add(CE_SOURCE, bytes(event.source()));
        headers.add(CE_SUBJECT, bytes(event.subject()));
        headers.add(CE_TIME, bytes(event.time().withOffsetSameInstant(ZoneOffset.UTC).toString()));
        headers.add(CONTENT_TYPE_HEADER, bytes(CONTENT_TYPE));
        if (event.traceparent() != null) {
            headers.add(TRACEPARENT, bytes(event.traceparent()));
        }
        return new ProducerRecord<>(topic, null, event.subject(), bytes(event.data()), headers);
    }

    /** Reads the attributes and the data; throws {@link UndecodableEvent} naming what is wrong. */
    public static DecodedEvent decode(ConsumerRecord<?, byte[]> record) {
        Headers headers = record.headers();
        String specVersion = required(headers, CE_SPECVERSION);
        if (!SPEC_VERSION.equals(specVersion)) {
            throw new UndecodableEvent("unsupported ce_specversion " + specVersion);
        }
        String contentType = text(headers, CONTENT_TYPE_HEADER);
        if (contentType != null && !contentType.startsWith(CONTENT_TYPE)) {
            throw new UndecodableEvent("unsupported content-type " + contentType);
        }
        if (record.value() == null) {
            throw new UndecodableEvent("the record has no data");
        }
        EventMetadata metadata = new EventMetadata(
                uuid(required(headers, CE_ID)),
                required(headers, CE_TYPE),
                required(headers, CE_SOURCE),
                text(headers, CE_SUBJECT),
                time(text(headers, CE_TIME)),
                record.topic(), record.partition(), record.offset());
        return new DecodedEvent(metadata, new String(record.value(), StandardCharsets.UTF_8), text(headers, TRACEPARENT));
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new UndecodableEvent("ce_id is not a UUID: " + id);
        }
    }

    private static OffsetDateTime time(String time) {
        if (time == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(time);
        } catch (DateTimeParseException e) {
            throw new UndecodableEvent("ce_time is not an RFC 3339 timestamp: " + time);
        }
    }

    private static String required(Headers headers, String name) {
        String value = text(headers, name);
        if (value == null || value.isBlank()) {
            throw new UndecodableEvent("missing header " + name);
        }
        return value;
    }

    static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** An event ready to be sent: its CloudEvents attributes and its data as JSON text. */
    public record OutgoingEvent(UUID id, String type, String source, String subject, OffsetDateTime time,
                                String data, String traceparent) {

        /** The same event, sent in the trace context {@code traceparent} (the relay's publishing span). */
        public OutgoingEvent tracedBy(String traceparent) {
            return new OutgoingEvent(id, type, source, subject, time, data, traceparent);
        }
    }
}
