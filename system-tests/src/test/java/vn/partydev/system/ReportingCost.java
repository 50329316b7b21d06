package vn.partydev.system;

import vn.partydev.local.PostgresServer;
import vn.partydev.local.ServiceProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * What reporting-service has spent so far, read cheaply from outside: the events its consumer took (its
 * {@code partydev_events_consumed_total} counters), the CPU time of its JVM and of the PostgreSQL backends connected to
 * its database ({@code /proc/<pid>/stat}), and the buffer accesses of that database ({@code pg_stat_database}). The
 * difference of two readings divided by the events taken between them is the cost of one event on reporting's side.
 */
record ReportingCost(long events, long jvmCpuNanos, long databaseCpuNanos, long bufferAccesses, long commits) {

    private static final long NANOS_PER_TICK = 10_000_000;   // USER_HZ is 100 on Linux

    static ReportingCost read(ServiceProcess reporting, long reportingPid, PostgresServer postgres) throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("reporting"), PostgresServer.USER, PostgresServer.PASSWORD)) {
            long backendsCpu = 0;
            try (var rows = connection.createStatement().executeQuery(
                    "SELECT pid FROM pg_stat_activity WHERE datname = 'reporting' AND pid <> pg_backend_pid()")) {
                while (rows.next()) {
                    backendsCpu += cpuNanos(rows.getLong(1));
                }
            }
            long buffers;
            long commits;
            try (var rows = connection.createStatement().executeQuery(
                    "SELECT blks_hit + blks_read, xact_commit FROM pg_stat_database WHERE datname = 'reporting'")) {
                rows.next();
                buffers = rows.getLong(1);
                commits = rows.getLong(2);
            }
            return new ReportingCost(consumed(reporting), cpuNanos(reportingPid), backendsCpu, buffers, commits);
        }
    }

    /** What one event cost on average since {@code before}. */
    PerEvent since(ReportingCost before) {
        long taken = events - before.events;
        return new PerEvent(taken, (jvmCpuNanos - before.jvmCpuNanos) / 1e6 / taken, (databaseCpuNanos - before.databaseCpuNanos) / 1e6 / taken,
                (double) (bufferAccesses - before.bufferAccesses) / taken, commits - before.commits);
    }

    /** The events taken between two readings, and per event: CPU ms of the JVM and of PostgreSQL, buffer accesses. */
    record PerEvent(long events, double jvmCpuMillis, double databaseCpuMillis, double bufferAccesses, long commits) {

        @Override
        public String toString() {
            return "%d events: %.3f ms JVM CPU, %.3f ms PostgreSQL CPU, %.0f buffer accesses per event; %d transactions committed in the database"
                    .formatted(events, jvmCpuMillis, databaseCpuMillis, bufferAccesses, commits);
        }
    }

    private static long consumed(ServiceProcess reporting) throws IOException, InterruptedException {
        return (long) ServiceMetrics.sum(reporting, "partydev_events_consumed_total");
    }

    /** utime + stime of a process (0 if it has gone). */
    private static long cpuNanos(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK;
        } catch (IOException e) {
            return 0;
        }
    }
}
