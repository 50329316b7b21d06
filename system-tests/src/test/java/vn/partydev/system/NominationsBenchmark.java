package vn.partydev.system;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.partydev.local.PostgresServer;
import vn.partydev.local.ServiceProcess;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nominations through the whole system as the launcher starts it: thousands of cells registered through admission's
 * API, then {@code bench.concurrency} clients POST nominations of new people to random cells for {@code bench.seconds}
 * while every consumer runs, their lag sampled each second from {@code /q/metrics}; then how long the consumers take to
 * drain. Baselines in the same run: pgbench-style two-insert transactions over JDBC on the same PostgreSQL at the same
 * concurrency, and the candidate service alone (the other three services stopped).
 */
@Tag("bench")
class NominationsBenchmark {

    private static final int CELLS = Integer.getInteger("bench.cells", 2000);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    private static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 8);
    /** Seconds of nominations before the timed runs, not counted: the clients' and the services' code compiled first. */
    private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warm-up-seconds", 10);

    /** Operations done in a timed run, their latencies and the consumers' lags sampled each second. */
    record Load(String name, int operations, double seconds, Latencies latencies, List<Map<String, Long>> lags) {
        double perSecond() {
            return operations / seconds;
        }
    }

    @Test
    void nominationsThroughTheWholeSystem() throws Exception {
        SystemUnderTest system = SystemUnderTest.get();
        List<ServiceProcess> services = system.stack().services();
        long registering = System.nanoTime();
        BenchCells cells = BenchCells.register(system, CELLS, CONCURRENCY);
        cells.nominateOnceInEveryCell(CONCURRENCY);
        System.out.printf("[bench] %d cells registered and known to candidate-service in %.1f s%n", CELLS, (System.nanoTime() - registering) / 1e9);
        System.out.printf("[bench] drained after set-up in %.1f s%n", ConsumerLags.awaitDrained(services).toMillis() / 1000.0);

        Load jdbc = twoInsertTransactions(system.stack().postgres());
        run("warm-up (not counted)", List.of(), WARM_UP_SECONDS, () -> cells.nominate(ThreadLocalRandom.current().nextInt(CELLS)));
        System.out.printf("[bench] drained after the warm-up in %.1f s%n", ConsumerLags.awaitDrained(services).toMillis() / 1000.0);
        Load whole = run("whole system", services, () -> cells.nominate(ThreadLocalRandom.current().nextInt(CELLS)));
        Duration drain = ConsumerLags.awaitDrained(services);
        for (String other : List.of("admission-service", "training-service", "reporting-service")) {
            system.service(other).stop();
        }
        Load alone = run("candidate-service alone", List.of(), () -> cells.nominate(ThreadLocalRandom.current().nextInt(CELLS)));

        System.out.printf("[bench] %d cells, %d concurrent clients, %d s per run, %d processors%n", CELLS, CONCURRENCY, SECONDS,
                Runtime.getRuntime().availableProcessors());
        System.out.println("| run | operations | per s | p50 ms | p99 ms | ÷ JDBC | ÷ candidate alone |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Load load : List.of(jdbc, alone, whole)) {
            System.out.printf("| %s | %d | %.0f | %.1f | %.1f | %.3f | %.3f |%n", load.name(), load.operations(), load.perSecond(),
                    load.latencies().percentileMillis(0.5), load.latencies().percentileMillis(0.99),
                    load.perSecond() / jdbc.perSecond(), load.perSecond() / alone.perSecond());
        }
        System.out.println("[bench] consumer lag (records) each second of the whole-system run:");
        for (int second = 0; second < whole.lags().size(); second++) {
            System.out.println("[bench]   " + (second + 1) + " s " + whole.lags().get(second));
        }
        System.out.printf("[bench] drained %.1f s after the whole-system load stopped%n", drain.toMillis() / 1000.0);
        assertTrue(whole.operations() > 0 && alone.operations() > 0 && jdbc.operations() > 0);
    }

    /** {@code operation} (answering its nanoseconds) from CONCURRENCY threads for SECONDS, sampling {@code lagged} each second. */
    private static Load run(String name, List<ServiceProcess> lagged, java.util.concurrent.Callable<Long> operation) throws Exception {
        return run(name, lagged, SECONDS, operation);
    }

    private static Load run(String name, List<ServiceProcess> lagged, int durationSeconds, java.util.concurrent.Callable<Long> operation)
            throws Exception {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        List<Map<String, Long>> lags = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY + 1);
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(durationSeconds).toNanos();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < CONCURRENCY; i++) {
                workers.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        latencies.add(operation.call());
                    }
                    return null;
                }));
            }
            if (!lagged.isEmpty()) {
                workers.add(pool.submit(() -> {
                    for (long next = start + 1_000_000_000L; next <= end; next += 1_000_000_000L) {
                        Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
                        lags.add(ConsumerLags.read(lagged));
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Load load = new Load(name, latencies.size(), seconds, Latencies.of(latencies), List.copyOf(lags));
        System.out.printf("[bench] %s: %d in %.1f s = %.0f/s, %s%n", name, load.operations(), seconds, load.perSecond(), load.latencies().summary());
        return load;
    }

    /** pgbench-style: per transaction two INSERTs (a person, then a nomination of that person) and a COMMIT. */
    private static Load twoInsertTransactions(PostgresServer postgres) throws Exception {
        postgres.ensureDatabase("bench");
        String url = postgres.jdbcUrl("bench");
        try (Connection connection = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
             Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS nomination, person");
            ddl.execute("CREATE TABLE person (id uuid PRIMARY KEY, full_name text NOT NULL, birth_date date NOT NULL)");
            ddl.execute("CREATE TABLE nomination (id uuid PRIMARY KEY, person_id uuid NOT NULL REFERENCES person, cell_id uuid NOT NULL,"
                    + " nominated_on date NOT NULL, created_at timestamptz NOT NULL DEFAULT now())");
        }
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                Connection connection = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
                connection.setAutoCommit(false);
                return connection;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return run("JDBC two-insert transactions", List.of(), () -> {
            long start = System.nanoTime();
            Connection connection = connections.get();
            UUID person = UUID.randomUUID();
            try (PreparedStatement insertPerson = connection.prepareStatement("INSERT INTO person VALUES (?, ?, DATE '2000-05-10')");
                 PreparedStatement insertNomination = connection.prepareStatement(
                         "INSERT INTO nomination (id, person_id, cell_id, nominated_on) VALUES (?, ?, ?, DATE '2024-09-16')")) {
                insertPerson.setObject(1, person);
                insertPerson.setString(2, "Nguyễn Thị Thử");
                insertPerson.executeUpdate();
                insertNomination.setObject(1, UUID.randomUUID());
                insertNomination.setObject(2, person);
                insertNomination.setObject(3, UUID.randomUUID());
                insertNomination.executeUpdate();
                connection.commit();
            }
            return System.nanoTime() - start;
        });
    }
}
