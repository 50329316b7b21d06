package vn.partydev.platform.events;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

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
}
