package vn.partydev.system;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@link FaultsTest} checks once a fault under load is over and the consumers have drained: every acknowledged
 * nomination exists, each row has exactly one event and each event its row, each consumer applied each event once,
 * reporting and its funnel report count each person once. One verdict line, printed; then the assertions.
 */
final class LoadVerdict {

    private final FaultsStack faults;
    private final List<String> verdicts;

    /** Each verdict line is also added to {@code verdicts}, before its assertions. */
    LoadVerdict(FaultsStack faults, List<String> verdicts) {
        this.faults = faults;
        this.verdicts = verdicts;
    }

    /** Checks the nominations of {@code cell} made by {@code load} (with {@code token}); answers the verdict line. */
    String check(String name, Instant started, UUID cell, String token, SteadyLoad load) throws Exception {
        // read once the request in flight has been answered: its answer is in the ledger too
        List<UUID> acknowledged = load.acknowledged();
        int failed = load.failed();
        String failures = load.failures();
        SourceCounts counts = drained(cell);
        Api cellApi = new Api(faults.stack().service(FaultsStack.CANDIDATE).baseUrl(), token);
        long found = acknowledged.stream().filter(id -> cellApi.exists("/api/v1/candidates/" + id)).count();
        int inReport = reportedNominations(cell, counts.rows());
        // a row the client has no 201 for: a request whose answer was lost (the service killed after its commit)
        int unacknowledged = counts.rows() - acknowledged.size();
        boolean passed = found == acknowledged.size() && unacknowledged >= 0 && unacknowledged <= failed && counts.rowsWithoutEvent() == 0 && counts.eventsWithoutRow() == 0
                && counts.duplicateEvents() == 0 && counts.drained() && inReport == counts.rows();
        String verdict = ("[faults] %s %s: acknowledged=%d, found=%d, rows=%d (without a 201: %d), events=%d, published=%d, applied=%s, known to admission=%d,"
                + " counted by reporting=%d, in the funnel report=%d, rows without event=%d, events without row=%d, duplicate events=%d;"
                + " refused or failed while faulty=%d %s; %d s")
                .formatted(passed ? "PASS" : "FAIL", name, acknowledged.size(), found, counts.rows(), unacknowledged, counts.events(), counts.published(),
                        counts.appliedByConsumer(), counts.known(), counts.reported(), inReport, counts.rowsWithoutEvent(),
                        counts.eventsWithoutRow(), counts.duplicateEvents(), failed, failures, Duration.between(started, Instant.now()).toSeconds());
        System.out.println(verdict);
        verdicts.add(verdict);
        assertEquals(acknowledged.size(), found, verdict);
        assertTrue(unacknowledged >= 0 && unacknowledged <= failed, "rows the client was not answered 201 for, beyond its failed requests: " + verdict);
        assertEquals(0, counts.rowsWithoutEvent(), verdict);
        assertEquals(0, counts.eventsWithoutRow(), verdict);
        assertEquals(0, counts.duplicateEvents(), verdict);
        assertTrue(counts.drained(), verdict);
        assertEquals(counts.rows(), inReport, verdict);
        assertFalse(failures.contains("HTTP 4"), "a valid nomination was refused: " + verdict);
        return verdict;
    }

    /**
     * The people the funnel report counts as nominated in {@code cell} (September 2024, the load's nomination month), read
     * as a viewer reads it, polled (bounded) until it shows {@code expected}; answers the last figure.
     */
    private int reportedNominations(UUID cell, int expected) throws InterruptedException {
        Api viewer = faults.as("reporting-service", "faults-viewer", "viewer", faults.committee());
        Instant deadline = Instant.now().plus(FaultWaits.RECOVERY);
        int nominated = nominatedIn(viewer, cell);
        while (nominated != expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            nominated = nominatedIn(viewer, cell);
        }
        return nominated;
    }

    /** The funnel report's NOMINATED count of {@code cell}, or -1 while reporting does not answer it. */
    private static int nominatedIn(Api viewer, UUID cell) {
        JsonNode report = viewer.getIfOk("/api/v1/reports/funnel?orgId=" + cell + "&from=2024-09-01&to=2024-09-30").orElse(null);
        for (JsonNode table : report == null ? List.<JsonNode>of() : report.path("tables")) {
            for (JsonNode row : table.path("name").asText().equals("stages") ? table.path("rows") : Api.JSON.createArrayNode()) {
                if (row.path("stage").asText().equals("NOMINATED")) {
                    return row.path("count").asInt();
                }
            }
        }
        return -1;
    }

    /** Waits (bounded) until every event is published and applied and reporting counts every row; answers the last counts. */
    private SourceCounts drained(UUID cell) throws Exception {
        Instant deadline = Instant.now().plus(FaultWaits.RECOVERY);
        SourceCounts counts = SourceCounts.of(faults.stack().postgres(), cell);
        while (!counts.drained() && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            counts = SourceCounts.of(faults.stack().postgres(), cell);
        }
        return counts;
    }
}
