package vn.partydev.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Commit → report: from a nomination's 201 until reporting's funnel report (of the commune holding every benchmark
 * cell) counts it, at 50 and at 200 nominations per second for {@code bench.seconds}, the whole system running, on an
 * empty system ({@code bench.scale=0}) or beside reporting's national dataset times {@code bench.scale} ({@link NationalScale}).
 * The nominations are sent open-loop at the asked rate (asynchronous requests, each at its due time whatever the
 * earlier ones' latency). A poller reads the report back to back; the k-th 201 (in time order) is counted once a report
 * received after it shows at least k more nominations than before the run, so each figure includes up to one report
 * round trip. Last, the cost of one event on reporting's side ({@link ReportingCost}) at 200/s asked, without the poller.
 */
@Tag("bench")
class CommitToReportBenchmark {

    private static final int CELLS = Integer.getInteger("bench.cells", 500);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 30);
    private static final double SCALE = Double.parseDouble(System.getProperty("bench.scale", "0"));
    /** A bound on requests waiting for their answer, so an overloaded stack slows the sender down instead of failing it. */
    private static final int MAX_IN_FLIGHT = 1_000;
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    /** PostgreSQL backends flush their statistics (pg_stat_database) within 10 s of going idle. */
    private static final Duration STATISTICS_FLUSH = Duration.ofSeconds(11);

    /** A report as received: when (nanoTime) and how many nominations it counted. */
    record Reading(long receivedAt, long nominated) {
    }

    /** What was sent: when the sending started and ended (nanoTime), the 201s' times in order, the most requests in flight. */
    record Sent(long start, long lastSent, List<Long> commits, int maxInFlight) {

        double offeredPerSecond() {
            return (commits.size() - 1) / ((lastSent - start) / 1e9);
        }

        double achievedPerSecond() {
            return commits.size() / ((commits.get(commits.size() - 1) - start) / 1e9);
        }
    }

    @Test
    void fromTheCommitUntilTheReportCountsIt() throws Exception {
        String loadAtStart = loadAverage();
        SystemUnderTest system = SystemUnderTest.get();
        String dataset = SCALE > 0 ? NationalScale.load(system, SCALE) : "empty system";
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
        String cost = costPerEvent(system, cells, 200);
        List<String> report = new ArrayList<>();
        report.add("[bench] scale %s (%s); %d cells, %d s per rate, %d processors; load average %s at the start, %s at the end".formatted(SCALE,
                dataset, CELLS, SECONDS, Runtime.getRuntime().availableProcessors(), loadAtStart, loadAverage()));
        report.add("| scale | rate asked /s | offered /s | achieved /s | nominations | commit → report p50 ms | p99 ms | max ms | mean report round trip ms | most in flight |");
        report.add("|---|---|---|---|---|---|---|---|---|---|");
        rows.forEach(row -> report.add("| " + SCALE + " " + row));
        report.add("");
        report.add("| scale | reporting's cost per event at 200/s asked, no report polling | events | JVM CPU ms | PostgreSQL CPU ms | buffer accesses |");
        report.add("|---|---|---|---|---|---|");
        report.add("| " + SCALE + " " + cost);
        report.forEach(System.out::println);
        Files.write(Path.of("target", "commit-to-report-" + SCALE + ".md"), report);
    }

    private String measure(BenchCells cells, Api viewer, String funnel, int rate) throws Exception {
        long before = nominated(viewer.get(funnel));
        int total = rate * SECONDS;
        ConcurrentLinkedQueue<Reading> readings = new ConcurrentLinkedQueue<>();
        AtomicBoolean polling = new AtomicBoolean(true);
        ExecutorService poller = Executors.newSingleThreadExecutor();
        Sent sent;
        try {
            Future<?> reading = poller.submit(() -> {
                while (polling.get()) {
                    long count = nominated(viewer.get(funnel));
                    readings.add(new Reading(System.nanoTime(), count));
                }
                return null;
            });
            sent = send(cells, rate, total);
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (readings.stream().noneMatch(r -> r.nominated() >= before + total) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            polling.set(false);
            reading.get();
        } finally {
            poller.shutdownNow();
        }
        List<Reading> reports = List.copyOf(readings);
        List<Long> lags = new ArrayList<>();
        for (int k = 1; k <= sent.commits().size(); k++) {
            long committed = sent.commits().get(k - 1);
            long needed = before + k;
            reports.stream().filter(r -> r.receivedAt() > committed && r.nominated() >= needed).findFirst()
                    .ifPresent(r -> lags.add(r.receivedAt() - committed));
        }
        assertEquals(total, lags.size(), "every nomination is counted by the report within " + PATIENCE);
        Latencies latencies = Latencies.of(lags);
        double roundTrip = reports.size() < 2 ? Double.NaN
                : (reports.get(reports.size() - 1).receivedAt() - reports.get(0).receivedAt()) / 1e6 / (reports.size() - 1);
        System.out.printf("[bench] %d/s asked (offered %.0f/s, achieved %.0f/s, at most %d in flight): %d nominations, commit → report %s; %d report readings%n",
                rate, sent.offeredPerSecond(), sent.achievedPerSecond(), sent.maxInFlight(), total, latencies.summary(), reports.size());
        return "| %d | %.0f | %.0f | %d | %.1f | %.1f | %.1f | %.1f | %d |".formatted(rate, sent.offeredPerSecond(), sent.achievedPerSecond(), total,
                latencies.percentileMillis(0.5), latencies.percentileMillis(0.99), latencies.percentileMillis(1.0), roundTrip, sent.maxInFlight());
    }

    /** Reporting's CPU and buffer accesses per event while nominations arrive at {@code rate} asked, once it has applied them all. */
    private String costPerEvent(SystemUnderTest system, BenchCells cells, int rate) throws Exception {
        Thread.sleep(STATISTICS_FLUSH.toMillis());
        ReportingCost before = ReportingCost.read(system.service("reporting-service"), system.pidOf("reporting-service"), system.stack().postgres());
        Sent sent = send(cells, rate, rate * SECONDS);
        ConsumerLags.awaitDrained(system.stack().services());
        Thread.sleep(STATISTICS_FLUSH.toMillis());
        ReportingCost after = ReportingCost.read(system.service("reporting-service"), system.pidOf("reporting-service"), system.stack().postgres());
        ReportingCost.PerEvent perEvent = after.since(before);
        System.out.printf("[bench] cost on reporting's side at %d/s asked (achieved %.0f/s): %s%n", rate, sent.achievedPerSecond(), perEvent);
        return "| %d/s asked, %.0f/s achieved | %d | %.3f | %.3f | %.0f |".formatted(rate, sent.achievedPerSecond(), perEvent.events(),
                perEvent.jvmCpuMillis(), perEvent.databaseCpuMillis(), perEvent.bufferAccesses());
    }

    /** Sends {@code total} nominations to random cells, each at its due time at {@code rate} per second; returns once all are answered. */
    private static Sent send(BenchCells cells, int rate, int total) throws Exception {
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        int mostInFlight = 0;
        List<CompletableFuture<Long>> answers = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long wait = start + i * 1_000_000_000L / rate - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            inFlight.acquire();
            mostInFlight = Math.max(mostInFlight, MAX_IN_FLIGHT - inFlight.availablePermits());
            answers.add(cells.nominateAsync(ThreadLocalRandom.current().nextInt(CELLS)).whenComplete((answered, failure) -> inFlight.release()));
        }
        long lastSent = System.nanoTime();
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        return new Sent(start, lastSent, answers.stream().map(CompletableFuture::join).sorted().toList(), mostInFlight);
    }

    private static String loadAverage() throws Exception {
        return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
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
