package vn.partydev.reporting.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.partydev.platform.inbox.EventRoutes;
import vn.partydev.platform.inbox.EventSubscriber;
import vn.partydev.reporting.service.LiveProjection;

/**
 * Feeds reporting's read models from the candidate, training and admission topics: every event type the
 * projections need, applied once (platform inbox, consumer {@code reporting-read-models}) in any order, a polled
 * batch at a time in one transaction (a failing batch is applied event by event, so a poison event goes to the
 * dead-letter topic alone).
 */
@ApplicationScoped
public class ReadModelSubscriber implements EventSubscriber {

    /** The inbox consumer name, under which the positions applied are recorded too. */
    public static final String NAME = "reporting-read-models";

    @Inject
    LiveProjection projection;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void subscribe(EventRoutes routes) {
        routes.inBatches(LiveProjection.EVENT_TYPES, projection::apply);
    }
}
