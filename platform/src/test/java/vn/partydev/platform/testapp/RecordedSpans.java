package vn.partydev.platform.testapp;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The test application's span exporter (Quarkus exports to every {@link SpanExporter} bean): keeps the last spans in
 * memory so that a test can follow one trace across HTTP, the relay and a consumer. Not a broker or database stand-in.
 */
@Singleton
public class RecordedSpans implements SpanExporter {

    private static final int KEPT = 20_000;

    private final ConcurrentLinkedDeque<SpanData> spans = new ConcurrentLinkedDeque<>();

    @Override
    public CompletableResultCode export(Collection<SpanData> batch) {
        spans.addAll(batch);
        while (spans.size() > KEPT) {
            spans.pollFirst();
        }
        return CompletableResultCode.ofSuccess();
    }

    /** The spans exported so far of the trace {@code traceId}. */
    public List<SpanData> ofTrace(String traceId) {
        return new ArrayList<>(spans.stream().filter(span -> span.getTraceId().equals(traceId)).toList());
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
