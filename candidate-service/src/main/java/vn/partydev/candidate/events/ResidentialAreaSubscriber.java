package vn.partydev.candidate.events;

import jakarta.enterprise.context.ApplicationScoped;
import vn.partydev.candidate.service.ResidentialAreas;
import vn.partydev.platform.events.admission.ResidentialAreaRegistered;
import vn.partydev.platform.inbox.EventRoutes;
import vn.partydev.platform.inbox.EventSubscriber;

/** Keeps the residential areas a nomination may name, from admission-service's ResidentialAreaRegistered. */
@ApplicationScoped
public class ResidentialAreaSubscriber implements EventSubscriber {

    private final ResidentialAreas areas;

    ResidentialAreaSubscriber(ResidentialAreas areas) {
        this.areas = areas;
    }

    @Override
    public String name() {
        return "candidate-residential-areas";
    }

    @Override
    public void subscribe(EventRoutes routes) {
        routes.on(ResidentialAreaRegistered.class, (event, meta) -> areas.registered(event.residentialAreaId(), event.communeId()));
    }
}
