package vn.partydev.platform.events;

/**
 * Continues, while a consumer applies an event, the trace the event carries ({@code traceparent}): the handler's
 * work, and the events it publishes through the outbox, belong to the trace of the request that caused the event.
 */
public final class EventTrace {

    private static final boolean OPEN_TELEMETRY = isPresent("io.opentelemetry.api.trace.Span");

    private EventTrace() {
    }

    /** The span of the event's processing; closing it ends it. A no-op without OpenTelemetry or a valid traceparent. */
    public static Continued continueFrom(String traceparent, String eventType) {
        if (!OPEN_TELEMETRY || !Traceparent.isValid(traceparent)) {
            return () -> { };
        }
        return OpenTelemetrySpan.consumerSpan(traceparent, "process " + eventType);
    }

    /** The processing span, current until closed. */
    public interface Continued extends AutoCloseable {
        @Override
        void close();
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, EventTrace.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
