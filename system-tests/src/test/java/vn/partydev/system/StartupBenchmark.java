package vn.partydev.system;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.partydev.local.LocalStackSettings;
import vn.partydev.local.RunningStack;
import vn.partydev.local.ServiceJvm;
import vn.partydev.local.ServiceProcess;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Start-up and memory of each service with the launcher's JVM settings ({@link ServiceProcess}): time from its JVM's
 * start to {@code /q/health/ready} (polled every 0.5 s by the start sequence), and its RSS once ready and after a short
 * load; each service alone (PostgreSQL and the broker beside it) and all four together, without class archives, at the
 * first start that dumps one and with it ({@link vn.partydev.local.ClassArchive}).
 */
@Tag("bench")
class StartupBenchmark {

    private static final List<String> SERVICES = List.of("admission-service", "candidate-service", "training-service", "reporting-service");
    private static final int LOAD_REQUESTS = 300;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void eachServiceAloneAndAllFourTogether() throws Exception {
        RunningStack.quietInfrastructureLogs();
        Path archives = Files.createTempDirectory("partydev-class-archives-");
        List<String> rows = new ArrayList<>();
        for (String service : SERVICES) {
            rows.addAll(measure(List.of(service), "alone, no class archive", Optional.empty()));
            rows.addAll(measure(List.of(service), "alone, first start (dumps its archive at stop)", Optional.of(archives)));
            rows.addAll(measure(List.of(service), "alone, class archive", Optional.of(archives)));
        }
        rows.addAll(measure(SERVICES, "all four, no class archive", Optional.empty()));
        rows.addAll(measure(SERVICES, "all four, class archives", Optional.of(archives)));
        System.out.println("[bench] JVM options " + ServiceJvm.DEFAULT_OPTIONS + " (or -Dpartydev.service.jvm-options), launcher's class archives as noted");
        System.out.println("| service | started | ready s | RSS ready MiB | RSS after " + LOAD_REQUESTS + " requests MiB | stack stop s |");
        System.out.println("|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private List<String> measure(List<String> services, String how, Optional<Path> archives) throws Exception {
        Path project = Path.of(System.getProperty("partydev.project.dir", ".."));
        Path data = Files.createTempDirectory("partydev-startup-");
        LocalStackSettings settings = LocalStackSettings.onFreePorts(project, data, Duration.ofMinutes(4))
                .withServices(services).withClassArchives(archives);
        Map<String, Instant> started = new HashMap<>();
        Map<String, Instant> ready = new HashMap<>();
        List<String> rows = new ArrayList<>();
        RunningStack stack = RunningStack.start(settings, Map.of(), line -> {
            for (String service : services) {
                if (line.startsWith("Starting " + service + " ")) {
                    started.put(service, Instant.now());
                } else if (line.trim().equals(service + " is ready")) {
                    ready.put(service, Instant.now());
                }
            }
        });
        try {
            Map<String, Double> rssReady = new HashMap<>();
            for (String service : services) {
                rssReady.put(service, ProcessMemory.rssMiB(ProcessMemory.pidOf(data, service)));
            }
            for (ServiceProcess service : stack.services()) {
                load(service);
            }
            for (String service : services) {
                double readySeconds = Duration.between(started.get(service), ready.get(service)).toMillis() / 1000.0;
                rows.add("| %s | %s | %.1f | %.0f | %.0f |".formatted(service, how, readySeconds, rssReady.get(service),
                        ProcessMemory.rssMiB(ProcessMemory.pidOf(data, service))));
            }
        } finally {
            long stopping = System.nanoTime();
            stack.close();
            String stopSeconds = " %.1f |".formatted((System.nanoTime() - stopping) / 1e9);
            rows.replaceAll(row -> row + stopSeconds);
        }
        return rows;
    }

    /** A short load every service answers without a token: readiness (its database and broker checks) and metrics. */
    private static void load(ServiceProcess service) throws Exception {
        for (int i = 0; i < LOAD_REQUESTS; i++) {
            String path = i % 2 == 0 ? "/q/health/ready" : "/q/metrics";
            HttpResponse<Void> answer = HTTP.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            assertEquals(200, answer.statusCode(), service.name() + path);
        }
    }
}
