package vn.partydev.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Finds and stops processes left behind by a launcher that was killed without a chance to clean up
 * (SIGKILL, power loss): PostgreSQL runs in its own session and survives its parent.
 */
final class StaleProcesses {

    private StaleProcesses() {
    }

    static void stopStalePostgres(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        Optional<Long> pid = readPid(pidFile);
        if (pid.isPresent()) {
            ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive).ifPresent(process -> {
                System.out.println("Stopping a PostgreSQL server left running by an earlier launch (pid " + process.pid() + ")");
                stop(process);
            });
            Files.deleteIfExists(pidFile);
        }
    }

    static Optional<Long> readPid(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(lines.get(0).trim()));
    }

    static void stop(ProcessHandle process) {
        stop(process, Duration.ofSeconds(20));
    }

    static void stop(ProcessHandle process, Duration grace) {
        process.destroy();
        try {
            process.onExit().get(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception timeout) {
            process.destroyForcibly();
        }
    }
}
