package vn.partydev.platform.events;

import vn.partydev.platform.inbox.EventMetadata;

/** A CloudEvent read from Kafka: its attributes and its data as JSON text. */
public record DecodedEvent(EventMetadata metadata, String data, String traceparent) {

    public <T extends DomainEvent> T data(Class<T> type) {
        return EventJson.read(data, type);
    }
}
