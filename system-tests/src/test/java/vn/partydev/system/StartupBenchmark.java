package vn.partydev.system;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.partydev.local.LocalStackSettings;
import vn.partydev.local.RunningStack;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Start-up and memory of each service with the launcher's JVM settings ({@link ServiceProcess}): time from its JVM's
 * start to {@code /q/health/ready} (polled every 0.5 s by the start sequence), and its RSS once ready and after a short
 * load; each service alone (PostgreSQL and the broker beside it) and all four together.
 */
@Tag("bench")
class StartupBenchmark {

    private static final List<String> SERVICES = List.of("admission-service", "candidate-service", "training-service", "reporting-service");
    private static final int LOAD_REQUESTS = 300;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void eachServiceAloneAndAllFourTogether() throws Exception {
        RunningStack.quietInfrastructureLogs();
        List<String> rows = new ArrayList<>();
        for (String service : SERVICES) {
            rows.addAll(measure(List.of(service), "alone"));
        }
        rows.addAll(measure(SERVICES, "all four"));
        System.out.println("| service | started | ready s | RSS ready MiB | RSS after " + LOAD_REQUESTS + " requests MiB |");
        System.out.println("|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private List<String> measure(List<String> services, String how) throws Exception {
        Path project = Path.of(System.getProperty("partydev.project.dir", ".."));
        Path data = Files.createTempDirectory("partydev-startup-");
        LocalStackSettings free = LocalStackSettings.onFreePorts(project, data, Duration.ofMinutes(4));
        Map<String, Integer> chosen = new LinkedHashMap<>();
        services.forEach(service -> chosen.put(service, free.services().get(service)));
        LocalStackSettings settings = new LocalStackSettings(free.projectDirectory(), free.dataDirectory(), free.postgresPort(),
                free.kafkaPort(), free.kafkaControllerPort(), chosen, free.proxyPort(), free.consolePort(), free.corsOrigins(),
                free.readyTimeout(), false);
        Map<String, Instant> started = new HashMap<>();
        Map<String, Instant> ready = new HashMap<>();
        try (RunningStack stack = RunningStack.start(settings, Map.of(), line -> {
            for (String service : services) {
                if (line.startsWith("Starting " + service + " ")) {
                    started.put(service, Instant.now());
                } else if (line.trim().equals(service + " is ready")) {
                    ready.put(service, Instant.now());
                }
            }
        })) {
            Map<String, Double> rssReady = new HashMap<>();
            for (String service : services) {
                rssReady.put(service, ProcessMemory.rssMiB(ProcessMemory.pidOf(data, service)));
            }
            for (ServiceProcess service : stack.services()) {
                load(service);
            }
            List<String> rows = new ArrayList<>();
            for (String service : services) {
                double readySeconds = Duration.between(started.get(service), ready.get(service)).toMillis() / 1000.0;
                rows.add("| %s | %s | %.1f | %.0f | %.0f |".formatted(service, how, readySeconds, rssReady.get(service),
                        ProcessMemory.rssMiB(ProcessMemory.pidOf(data, service))));
            }
            return rows;
        }
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
