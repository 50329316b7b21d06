package vn.partydev.reporting.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.partydev.platform.events.DomainEvent;
import vn.partydev.platform.inbox.EventRoutes;
import vn.partydev.platform.inbox.EventSubscriber;
import vn.partydev.reporting.service.LiveProjection;
import vn.partydev.reporting.service.ReadModelProjection;

/**
 * Feeds reporting's read models from the candidate, training and admission topics: every event type the
 * projections need, applied once (platform inbox, consumer {@code reporting-read-models}) in any order.
 */
@ApplicationScoped
public class ReadModelSubscriber implements EventSubscriber {

    @Inject
    LiveProjection projection;

    @Override
    public String name() {
        return "reporting-read-models";
    }

    @Override
    public void subscribe(EventRoutes routes) {
        for (Class<? extends DomainEvent> type : ReadModelProjection.EVENT_TYPES) {
            route(routes, type);
        }
    }

    private <T extends DomainEvent> void route(EventRoutes routes, Class<T> type) {
        routes.on(type, (event, meta) -> projection.apply(event, meta));
    }
}
