package vn.partydev.platform.inbox;

import vn.partydev.platform.events.DomainEvent;
import vn.partydev.platform.events.EventTypes;

import java.util.HashMap;
import java.util.Map;

/** TEMPORARY stand-in for the platform-events contract: the handlers of one subscriber, by ce_type. */
public final class EventRoutes {

    record Route<T extends DomainEvent>(Class<T> type, EventHandler<T> handler) {
    }

    private final Map<String, Route<?>> routes = new HashMap<>();

    public <T extends DomainEvent> EventRoutes on(Class<T> type, EventHandler<T> handler) {
        routes.put(EventTypes.typeOf(type), new Route<>(type, handler));
        return this;
    }

    Route<?> find(String ceType) {
        return routes.get(ceType);
    }
}
