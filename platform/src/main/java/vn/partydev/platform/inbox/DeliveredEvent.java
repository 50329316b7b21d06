package vn.partydev.platform.inbox;

import vn.partydev.platform.events.DomainEvent;

/** An event as a batch handler receives it: the decoded record and its CloudEvents attributes. */
public record DeliveredEvent(DomainEvent event, EventMetadata meta) {
}
