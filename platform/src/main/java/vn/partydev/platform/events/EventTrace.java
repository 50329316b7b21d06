package vn.partydev.platform.events;

/**
 * Continues the trace an event carries ({@code traceparent}) where the event travels: the relay publishes it in a
 * producer span, child of the request that caused it, and the record carries that span's traceparent; a consumer
 * applies it in a consumer span, child of the relay's, so that the handler's work and the events it publishes through
 * the outbox belong to the request's trace (HTTP → outbox → relay → Kafka → consumer).
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

    /**
     * The relay's span publishing the event to {@code topic}, child of the event's (valid) {@code traceparent}; the
     * record is sent with {@link Published#traceparent()}. Without OpenTelemetry it keeps the event's traceparent.
     */
    public static Published publishing(String traceparent, String topic) {
        if (!OPEN_TELEMETRY || !Traceparent.isValid(traceparent)) {
            return new Published() {
                @Override
                public String traceparent() {
                    return traceparent;
                }

                @Override
                public void close() {
                }
            };
        }
        return OpenTelemetrySpan.producerSpan(traceparent, "publish " + topic);
    }

    /** A publishing span (not made current: the relay publishes a batch of events of many traces); closing ends it. */
    public interface Published extends Continued {
        /** The traceparent the record carries: the publishing span's, or the event's when nothing is traced. */
        String traceparent();
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
