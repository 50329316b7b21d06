package vn.partydev.candidate.bench;

import javax.sql.DataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Stream;

/**
 * CPU time spent by this JVM (service, broker and load generator) and by the test's PostgreSQL server (postmaster and
 * its backends), read from the JVM and from /proc. CPU per request does not depend on what else runs on a shared
 * machine, so it says what an idle 2-core machine could serve: {@code 2 cores / cpu per request}.
 */
final class CpuMeter {

    private static final double CLOCK_TICKS_PER_SECOND = 100.0;   // USER_HZ on Linux

    private final long postmasterPid;

    private CpuMeter(long postmasterPid) {
        this.postmasterPid = postmasterPid;
    }

    static CpuMeter of(DataSource dataSource) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery("SHOW data_directory")) {
            rows.next();
            String firstLine = Files.readAllLines(Path.of(rows.getString(1), "postmaster.pid")).get(0);
            return new CpuMeter(Long.parseLong(firstLine.trim()));
        }
    }

    /** CPU seconds used so far by this JVM plus the PostgreSQL server. */
    double seconds() {
        return jvmSeconds() + postgresSeconds();
    }

    /**
     * CPU seconds per thread group of this JVM, from /proc so that the JVM's own threads (garbage collector, JIT
     * compilers) count too; Linux keeps 15 characters of a thread's name, and numbers are removed to group them.
     */
    static java.util.Map<String, Double> jvmThreadSeconds() {
        java.util.Map<String, Double> byGroup = new java.util.TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("\\d+", "N");
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    byGroup.merge(name, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / CLOCK_TICKS_PER_SECOND, Double::sum);
                } catch (IOException | RuntimeException gone) {
                    // the thread ended while being read
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc/self/task", e);
        }
        return byGroup;
    }

    /** CPU seconds the JIT compiler threads of this JVM have used. */
    static double compilerSeconds() {
        return jvmThreadSeconds().entrySet().stream().filter(group -> group.getKey().contains("CompilerThre"))
                .mapToDouble(java.util.Map.Entry::getValue).sum();
    }

    double jvmSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /** The postmaster and its live children; backends that exited during the window are not counted (pools keep them). */
    double postgresSeconds() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToDouble(this::postgresCpuOf).sum();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc", e);
        }
    }

    private double postgresCpuOf(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            // fields after the command name, which is in parentheses and may contain spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long pid = Long.parseLong(process.getFileName().toString());
            long parent = Long.parseLong(fields[1]);
            if (pid != postmasterPid && parent != postmasterPid) {
                return 0;
            }
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / CLOCK_TICKS_PER_SECOND;   // utime + stime
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
