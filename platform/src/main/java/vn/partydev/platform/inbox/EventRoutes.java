package vn.partydev.platform.inbox;

import vn.partydev.platform.events.DomainEvent;
import vn.partydev.platform.events.EventTypes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The handlers of one subscriber, by CloudEvents type. */
public final class EventRoutes {

    private final Map<String, Route<?>> byType = new LinkedHashMap<>();
    private BatchHandler batchHandler;

    public <T extends DomainEvent> EventRoutes on(Class<T> type, EventHandler<T> handler) {
        String ceType = EventTypes.typeOf(type);
        if (byType.putIfAbsent(ceType, new Route<>(type, handler)) != null) {
            throw new IllegalStateException("two handlers for " + ceType);
        }
        return this;
    }

    /**
     * Routes every event of {@code types} in a polled batch to {@code handler} together (one transaction per batch),
     * instead of one transaction per event: for projections that apply events set-wise.
     */
    public EventRoutes inBatches(List<Class<? extends DomainEvent>> types, BatchHandler handler) {
        if (batchHandler != null || !byType.isEmpty()) {
            throw new IllegalStateException("a subscriber routes either in batches or per event, once");
        }
        for (Class<? extends DomainEvent> type : types) {
            byType.put(EventTypes.typeOf(type), new Route<>(type, null));
        }
        batchHandler = handler;
        return this;
    }

    Optional<BatchHandler> batchHandler() {
        return Optional.ofNullable(batchHandler);
    }

    Optional<Route<?>> routeOf(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    boolean isEmpty() {
        return byType.isEmpty();
    }

    /** A type and its handler ({@code null} when the subscriber routes in batches). */
    record Route<T extends DomainEvent>(Class<T> type, EventHandler<T> handler) {
    }
}
