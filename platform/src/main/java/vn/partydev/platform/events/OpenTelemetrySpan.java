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
        if (!context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }

    /** A consumer span, child of the (valid) {@code traceparent} an event carries, current until closed. */
    static EventTrace.Continued consumerSpan(String traceparent, String name) {
        var tracer = Arc.container() == null ? null : Arc.container().instance(Tracer.class);
        if (tracer == null || !tracer.isAvailable()) {
            return () -> { };
        }
        String[] parts = traceparent.split("-");
        SpanContext parent = SpanContext.createFromRemoteParent(parts[1], parts[2], TraceFlags.fromHex(parts[3], 0),
                TraceState.getDefault());
        Span span = tracer.get().spanBuilder(name).setSpanKind(SpanKind.CONSUMER)
                .setParent(Context.current().with(Span.wrap(parent))).startSpan();
        Scope scope = span.makeCurrent();
        return () -> {
            scope.close();
            span.end();
        };
    }
}
