package vn.partydev.system;

import org.postgresql.ds.PGSimpleDataSource;
import vn.partydev.local.PostgresServer;
import vn.partydev.reporting.bench.NationalDataset;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Reporting's national-scale read models ({@link NationalDataset} from reporting-service's test-jar, times a scale) in the
 * running stack's reporting database, in the generation reporting-service serves, as a live system would hold them:
 * the tables made durable again (the generator loads them unlogged), reporting-service restarted so that its start-up
 * check takes the working calendar and recounts every funnel duration (the generator leaves them to that catch-up),
 * then statistics and a checkpoint, so the benchmark does not pay for the load.
 */
final class NationalScale {

    private static final Duration RECOUNT_LIMIT = Duration.ofMinutes(30);

    private NationalScale() {
    }

    /** Loads the dataset at {@code scale} (before the benchmark's own organisations exist); answers its description. */
    static String load(SystemUnderTest system, double scale) throws Exception {
        PostgresServer postgres = system.stack().postgres();
        PGSimpleDataSource reporting = new PGSimpleDataSource();
        reporting.setUrl(postgres.jdbcUrl("reporting"));
        reporting.setUser(PostgresServer.USER);
        reporting.setPassword(PostgresServer.PASSWORD);
        NationalDataset dataset = new NationalDataset(reporting, scale);
        long start = System.nanoTime();
        String schema = dataset.generate();
        step("generated into " + schema + " (" + dataset.describe() + ")", start);
        start = System.nanoTime();
        try (Connection connection = reporting.getConnection()) {
            for (String table : NationalDataset.LOADED_TABLES) {
                connection.createStatement().execute("ALTER TABLE " + schema + "." + table + " SET LOGGED");
            }
        }
        step("tables logged again", start);
        start = System.nanoTime();
        system.stack().killAndRestart("reporting-service", line -> System.out.println("[system] " + line));
        awaitRecounted(reporting, schema);
        step("reporting-service restarted, funnel durations recounted", start);
        start = System.nanoTime();
        dataset.vacuum();
        try (Connection connection = reporting.getConnection()) {
            connection.createStatement().execute("CHECKPOINT");
        }
        step("VACUUM ANALYZE, CHECKPOINT", start);
        return dataset.describe();
    }

    private static void awaitRecounted(PGSimpleDataSource reporting, String schema) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + RECOUNT_LIMIT.toNanos();
        while (waiting(reporting, schema) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("funnel durations not recounted within " + RECOUNT_LIMIT);
            }
            Thread.sleep(1_000);
        }
    }

    /** Cells still to recount, or 1 while the calendar has not been taken (the restarted service's start-up check). */
    private static long waiting(PGSimpleDataSource reporting, String schema) throws SQLException {
        try (Connection connection = reporting.getConnection();
             var rows = connection.createStatement().executeQuery("SELECT (SELECT count(*) FROM " + schema + ".duration_recount) "
                     + "+ (SELECT CASE WHEN calendar IS NULL THEN 1 ELSE 0 END FROM " + schema + ".projection_state)")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void step(String what, long startNanos) {
        System.out.printf("[bench] national dataset: %s in %.1f s%n", what, (System.nanoTime() - startNanos) / 1e9);
    }
}
