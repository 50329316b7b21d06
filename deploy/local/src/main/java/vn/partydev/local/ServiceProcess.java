package vn.partydev.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One PartyDev service started by the launcher (or a test) as a separate JVM, with its output in a log file. With a
 * class-archive directory, the JVM maps the service's {@link ClassArchive}, or dumps it at its first clean stop.
 */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    /** Dumping the class archive at exit takes a few seconds more, far more on a loaded machine. */
    private static final Duration STOP_GRACE_WHILE_DUMPING = Duration.ofSeconds(90);

    private final String name;
    private final int port;
    private final Path logFile;
    private final List<String> jvmOptions;
    private final Optional<Path> classArchives;
    private Process process;
    private ClassArchive archive;
    private boolean dumping;

    public ServiceProcess(String name, int port, Path logFile) {
        this(name, port, logFile, ServiceJvm.DEFAULT_OPTIONS, Optional.empty());
    }

    public ServiceProcess(String name, int port, Path logFile, List<String> jvmOptions, Optional<Path> classArchives) {
        this.name = name;
        this.port = port;
        this.logFile = logFile;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.classArchives = classArchives;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public void start(Path projectDirectory, Map<String, String> environment, Path pidFile) throws IOException {
        Path runner = projectDirectory.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(runner)) {
            throw new IllegalStateException(runner + " is missing: build first (./mvnw -DskipTests install)");
        }
        Files.createDirectories(logFile.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        if (classArchives.isPresent()) {
            archive = ClassArchive.of(classArchives.get(), name, runner.getParent());
            dumping = !archive.isMade();
            command.addAll(archive.jvmOptions());
        }
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-jar", runner.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        Files.writeString(pidFile, Long.toString(process.pid()));
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public boolean isReady() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public Path logFile() {
        return logFile;
    }

    /** SIGKILL: the process dies at once, as on a lost node (its database connections and locks go with it). */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            process.onExit().join();
            if (archive != null) {
                try {
                    archive.discardPartial();
                } catch (IOException e) {
                    System.err.println("a part of the class archive of " + name + " is left: " + e.getMessage());
                }
            }
        }
    }

    /**
     * SIGTERM, then SIGKILL if the service has not stopped within the grace period. A class archive dumped at a clean
     * exit is kept for the next start.
     */
    public void stop() {
        if (process != null && process.isAlive()) {
            StaleProcesses.stop(process.toHandle(), dumping ? STOP_GRACE_WHILE_DUMPING : STOP_GRACE);
            keepArchive();
        }
    }

    private void keepArchive() {
        if (archive == null || process.isAlive()) {
            return;
        }
        try {
            if (process.exitValue() == 137) {   // killed at the end of the grace period: the dump may be cut short
                archive.discardPartial();
            } else {
                archive.keepDumped();
            }
        } catch (IOException e) {
            System.err.println("the class archive of " + name + " was not kept: " + e.getMessage());
        }
    }
}
