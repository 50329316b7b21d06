package vn.partydev.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Commit → report: from a nomination's 201 until reporting's funnel report (of the commune holding every benchmark
 * cell) counts it, at 50 and at 200 nominations per second for {@code bench.seconds}, the whole system running. A
 * poller reads the report back to back; the k-th 201 (in time order) is counted once a report received after it shows
 * at least k more nominations than before the run, so each figure includes up to one report round trip.
 */
@Tag("bench")
class CommitToReportBenchmark {

    private static final int CELLS = Integer.getInteger("bench.cells", 500);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 30);
    private static final int SENDERS = 16;
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    /** A report as received: when (nanoTime) and how many nominations it counted. */
    record Reading(long receivedAt, long nominated) {
    }

    @Test
    void fromTheCommitUntilTheReportCountsIt() throws Exception {
        SystemUnderTest system = SystemUnderTest.get();
        BenchCells cells = BenchCells.register(system, CELLS, 8);
        cells.nominateOnceInEveryCell(8);
        ConsumerLags.awaitDrained(system.stack().services());
        Api viewer = system.as("reporting-service", "viewer", cells.province);
        String funnel = "/api/v1/reports/funnel?orgId=" + cells.commune + "&from=2024-09-01&to=2024-12-31";
        assertEquals(CELLS, nominated(viewer.get(funnel)), "the report counts the warm-up nominations");

        List<String> rows = new ArrayList<>();
        for (int rate : List.of(50, 200)) {
            rows.add(measure(cells, viewer, funnel, rate));
        }
        System.out.printf("[bench] %d cells, %d s per rate, %d processors%n", CELLS, SECONDS, Runtime.getRuntime().availableProcessors());
        System.out.println("| rate /s | achieved /s | nominations | commit → report p50 ms | p99 ms | max ms | mean report round trip ms |");
        System.out.println("|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private String measure(BenchCells cells, Api viewer, String funnel, int rate) throws Exception {
        long before = nominated(viewer.get(funnel));
        int total = rate * SECONDS;
        ConcurrentLinkedQueue<Long> answered = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Reading> readings = new ConcurrentLinkedQueue<>();
        AtomicBoolean polling = new AtomicBoolean(true);
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        ExecutorService poller = Executors.newSingleThreadExecutor();
        long start;
        try {
            Future<?> reading = poller.submit(() -> {
                while (polling.get()) {
                    long count = nominated(viewer.get(funnel));
                    readings.add(new Reading(System.nanoTime(), count));
                }
                return null;
            });
            start = System.nanoTime();
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                long due = start + i * 1_000_000_000L / rate;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                sent.add(senders.submit(() -> {
                    cells.nominate(ThreadLocalRandom.current().nextInt(CELLS));
                    answered.add(System.nanoTime());
                }));
            }
            for (Future<?> nomination : sent) {
                nomination.get();
            }
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (readings.stream().noneMatch(r -> r.nominated() >= before + total) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            polling.set(false);
            reading.get();
        } finally {
            senders.shutdownNow();
            poller.shutdownNow();
        }
        List<Long> commits = answered.stream().sorted().toList();
        double achieved = total / ((commits.get(commits.size() - 1) - start) / 1e9);
        List<Reading> reports = List.copyOf(readings);
        List<Long> lags = new ArrayList<>();
        for (int k = 1; k <= commits.size(); k++) {
            long committed = commits.get(k - 1);
            long needed = before + k;
            reports.stream().filter(r -> r.receivedAt() > committed && r.nominated() >= needed).findFirst()
                    .ifPresent(r -> lags.add(r.receivedAt() - committed));
        }
        assertEquals(total, lags.size(), "every nomination is counted by the report within " + PATIENCE);
        Latencies latencies = Latencies.of(lags);
        double roundTrip = reports.size() < 2 ? Double.NaN
                : (reports.get(reports.size() - 1).receivedAt() - reports.get(0).receivedAt()) / 1e6 / (reports.size() - 1);
        System.out.printf("[bench] %d/s (achieved %.0f/s): %d nominations, commit → report %s; %d report readings%n", rate, achieved, total,
                latencies.summary(), reports.size());
        return "| %d | %.0f | %d | %.1f | %.1f | %.1f | %.1f |".formatted(rate, achieved, total, latencies.percentileMillis(0.5),
                latencies.percentileMillis(0.99), latencies.percentileMillis(1.0), roundTrip);
    }

    private static long nominated(JsonNode funnel) {
        for (JsonNode table : funnel.path("tables")) {
            if (table.path("name").asText().equals("stages")) {
                for (JsonNode row : table.path("rows")) {
                    if (row.path("stage").asText().equals("NOMINATED")) {
                        return row.path("count").asLong();
                    }
                }
            }
        }
        throw new IllegalStateException("no NOMINATED stage in " + funnel);
    }
}
