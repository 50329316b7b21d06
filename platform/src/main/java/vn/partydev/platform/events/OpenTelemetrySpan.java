package vn.partydev.platform.events;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.arc.Arc;

/** Reads the current span; only loaded when the OpenTelemetry API is on the class path. */
final class OpenTelemetrySpan {

    private OpenTelemetrySpan() {
    }

    static String currentTraceparent() {
        SpanContext context = Span.current().getSpanContext();
        return context.isValid() ? traceparentOf(context) : null;
    }

    /** A consumer span, child of the (valid) {@code traceparent} an event carries, current until closed. */
    static EventTrace.Continued consumerSpan(String traceparent, String name) {
        Span span = childOf(traceparent, name, SpanKind.CONSUMER);
        if (span == null) {
            return () -> { };
        }
        Scope scope = span.makeCurrent();
        return () -> {
            scope.close();
            span.end();
        };
    }

    /** A producer span, child of the (valid) {@code traceparent} of the request that wrote the event; not current. */
    static EventTrace.Published producerSpan(String traceparent, String name) {
        Span span = childOf(traceparent, name, SpanKind.PRODUCER);
        String carried = span == null ? traceparent : traceparentOf(span.getSpanContext());
        return new EventTrace.Published() {
            @Override
            public String traceparent() {
                return carried;
            }

            @Override
            public void close() {
                if (span != null) {
                    span.end();
                }
            }
        };
    }

    private static Span childOf(String traceparent, String name, SpanKind kind) {
        var tracer = Arc.container() == null ? null : Arc.container().instance(Tracer.class);
        if (tracer == null || !tracer.isAvailable()) {
            return null;
        }
        String[] parts = traceparent.split("-");
        SpanContext parent = SpanContext.createFromRemoteParent(parts[1], parts[2], TraceFlags.fromHex(parts[3], 0),
                TraceState.getDefault());
        return tracer.get().spanBuilder(name).setSpanKind(kind)
                .setParent(Context.root().with(Span.wrap(parent))).startSpan();
    }

    private static String traceparentOf(SpanContext context) {
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }
}
