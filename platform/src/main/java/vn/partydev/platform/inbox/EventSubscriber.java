package vn.partydev.platform.inbox;

/**
 * A consumer of events, declared as a CDI bean: it names itself (its inbox name, so each subscriber applies an
 * event once) and routes event types to handlers. Handlers must tolerate any order of arrival.
 */
public interface EventSubscriber {

    /** The inbox consumer name, e.g. {@code candidate-status}; unique within a service. */
    String name();

    /** Declares the handled types: {@code routes.on(MemberAdmitted.class, (event, meta) -> ...)}. */
    void subscribe(EventRoutes routes);
}
