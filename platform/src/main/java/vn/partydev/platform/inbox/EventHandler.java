package vn.partydev.platform.inbox;

import vn.partydev.platform.events.DomainEvent;

/** TEMPORARY stand-in for the platform-events contract. */
@FunctionalInterface
public interface EventHandler<T extends DomainEvent> {
    void handle(T event, EventMetadata meta);
}
