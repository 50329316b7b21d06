package vn.partydev.platform.inbox;

import vn.partydev.platform.events.DomainEvent;
import vn.partydev.platform.events.EventTypes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The handlers of one subscriber, by CloudEvents type. */
public final class EventRoutes {

    private final Map<String, Route<?>> byType = new LinkedHashMap<>();

    public <T extends DomainEvent> EventRoutes on(Class<T> type, EventHandler<T> handler) {
        String ceType = EventTypes.typeOf(type);
        if (byType.putIfAbsent(ceType, new Route<>(type, handler)) != null) {
            throw new IllegalStateException("two handlers for " + ceType);
        }
        return this;
    }

    Optional<Route<?>> routeOf(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    boolean isEmpty() {
        return byType.isEmpty();
    }

    record Route<T extends DomainEvent>(Class<T> type, EventHandler<T> handler) {
    }
}
