package vn.partydev.platform.inbox;

/** TEMPORARY stand-in for the platform-events contract: a CDI bean that applies other services' events. */
public interface EventSubscriber {

    /** The inbox consumer name, e.g. "candidate-status". */
    String name();

    void subscribe(EventRoutes routes);
}
