package vn.partydev.platform.inbox;

import vn.partydev.platform.events.DomainEvent;

/** Applies one event type; runs inside the transaction that also records the event as processed. */
@FunctionalInterface
public interface EventHandler<T extends DomainEvent> {

    void handle(T event, EventMetadata meta);
}
