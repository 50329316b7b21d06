package vn.partydev.platform.events;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * W3C Trace Context {@code traceparent} values ({@code 00-<trace-id>-<parent-id>-<flags>}). Taken from the
 * current OpenTelemetry span when a service runs with OpenTelemetry, else a new valid one, so that every event
 * can be followed from the request that caused it to its consumers.
 */
public final class Traceparent {

    private static final Pattern VALID = Pattern.compile("00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}");
    private static final boolean OPEN_TELEMETRY = isPresent("io.opentelemetry.api.trace.Span");

    private Traceparent() {
    }

    /** The trace context of the current request or job, or a fresh one. */
    public static String current() {
        if (OPEN_TELEMETRY) {
            String fromSpan = OpenTelemetrySpan.currentTraceparent();
            if (fromSpan != null) {
                return fromSpan;
            }
        }
        return generate();
    }

    public static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        byte[] traceId = new byte[16];
        byte[] spanId = new byte[8];
        random.nextBytes(traceId);
        random.nextBytes(spanId);
        traceId[0] |= 1; // never all zeros, which W3C declares invalid
        spanId[0] |= 1;
        HexFormat hex = HexFormat.of();
        return "00-" + hex.formatHex(traceId) + "-" + hex.formatHex(spanId) + "-01";
    }

    public static boolean isValid(String traceparent) {
        return traceparent != null && VALID.matcher(traceparent).matches();
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, Traceparent.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
