package vn.partydev.platform.events;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.partydev.platform.testapp.RecordedSpans;
import vn.partydev.platform.testapp.TallySubscriber;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One trace from the request to the consumer: HTTP span → the relay's publish span → the consumer's process span. */
@QuarkusTest
class TraceAcrossTheRelayTest {

    private static final String TRACE_ID = "5af7183fb1d4cf5f2d3e4c6b7a8f9e01";
    private static final String CLIENT_SPAN = "b7ad6b7169203331";

    @Inject
    RecordedSpans spans;

    @Inject
    TallySubscriber tally;

    @Test
    void theRelaySpanIsAChildOfTheRequestAndTheParentOfTheConsumerSpan() {
        UUID candidate = UUID.randomUUID();
        given().contentType("application/json")
                .header("traceparent", "00-" + TRACE_ID + "-" + CLIENT_SPAN + "-01")
                .body(Map.of("candidateId", candidate, "helperMemberId", UUID.randomUUID(), "assignedOn", "2026-06-03"))
                .post("/test/assignments").then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> tally.traceparents().containsKey(candidate)
                && kind(SpanKind.CONSUMER).isPresent() && kind(SpanKind.PRODUCER).isPresent() && kind(SpanKind.SERVER).isPresent());

        SpanData http = kind(SpanKind.SERVER).orElseThrow();
        SpanData relay = kind(SpanKind.PRODUCER).orElseThrow();
        SpanData consumer = kind(SpanKind.CONSUMER).orElseThrow();
        assertEquals(CLIENT_SPAN, http.getParentSpanId(), "the request continues the caller's trace");
        assertEquals("publish partydev.candidate.v1", relay.getName());
        assertTrue(descendsFrom(relay, http), "the relay's span is in the request's part of the trace");
        assertEquals(relay.getSpanId(), consumer.getParentSpanId(), "the consumer continues the relay's span");
        assertEquals("process " + EventTypes.typeOf(vn.partydev.platform.events.candidate.HelperAssigned.class), consumer.getName());
        assertEquals(TRACE_ID, tally.traceparents().get(candidate).split("-")[1], "the handler ran in the request's trace");
    }

    private Optional<SpanData> kind(SpanKind kind) {
        return spans.ofTrace(TRACE_ID).stream().filter(span -> span.getKind() == kind).findFirst();
    }

    // the request's span, or a span under it (the outbox write may happen in a child span of the request)
    private boolean descendsFrom(SpanData span, SpanData ancestor) {
        List<SpanData> trace = spans.ofTrace(TRACE_ID);
        String parent = span.getParentSpanId();
        for (int depth = 0; depth < 10; depth++) {
            if (parent.equals(ancestor.getSpanId())) {
                return true;
            }
            String current = parent;
            parent = trace.stream().filter(candidate -> candidate.getSpanId().equals(current)).map(SpanData::getParentSpanId)
                    .findFirst().orElse(null);
            if (parent == null) {
                return false;
            }
        }
        return false;
    }
}
