package vn.partydev.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.partydev.local.demo.ProvincePlan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo province (deploy/local, {@code vn.partydev.local.demo}): the launcher, started as a user starts it on a new
 * data directory, loads it through the entry point; a new user then sees non-empty reports, work queues and feeds, and
 * the achievement report counts exactly the admissions the loader made. A second start on the same directory does not
 * load it again.
 */
class DemoProvinceTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROOT = "00000000-0000-0000-0000-000000000001";

    @Test
    void aFirstStartLoadsTheDemoProvinceThroughTheApisAndASecondStartLeavesItAlone() throws Exception {
        Path data = Files.createTempDirectory("partydev-demo-");
        Map<String, String> environment = ports();
        int proxyPort = Integer.parseInt(environment.get("PARTYDEV_PROXY_PORT"));
        URI api = URI.create("http://localhost:" + proxyPort + "/api/v1/");

        try (Launch first = Launch.start(data, environment)) {
            assertTrue(first.printed("Demo province loaded"), "the first start loads the demo province:\n" + first.output());
            first.output().lines().filter(line -> line.toLowerCase().contains("demo")).forEach(System.out::println);
            String viewer = Files.readString(data.resolve("tokens/viewer.jwt")).strip();
            ProvincePlan plan = ProvincePlan.forDay(LocalDate.parse(Files.readString(data.resolve("demo/started")).strip()));
            String province = StreamSupport.stream(get(api, "organisations?parentId=" + ROOT, viewer).path("items").spliterator(), false)
                    .filter(org -> org.path("code").asText().equals(ProvincePlan.provinceCode()))
                    .findFirst().orElseThrow().path("id").asText();

            // the achievement report counts the ceremonies the loader held in the past term, as the admission feed tells them
            LocalDate termFrom = LocalDate.of(2021, 1, 1);
            LocalDate termTo = LocalDate.of(2025, 12, 31);
            long admittedInTerm = plan.admittedBetween(termFrom, termTo);
            assertTrue(admittedInTerm >= 25, "the plan admits people in the past term: " + admittedInTerm);
            assertEquals(admittedInTerm, ceremoniesInFeed(api, Files.readString(data.resolve("tokens/feed.jwt")).strip(), termFrom, termTo),
                    "the admission feed holds one MemberAdmitted per ceremony of the plan");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                JsonNode row = rows(report(api, "achievement", province, "period=2020-2025", viewer), "achievement").get(0);
                assertEquals(province, row.path("orgId").asText());
                assertEquals(admittedInTerm, row.path("admitted").asLong(), "admitted in the term: " + row);
                assertTrue(row.path("target").asLong() > 0, "the past term has a target: " + row);
            });

            int year = plan.today().getYear();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertEquals(admittedInTerm, count(rows(report(api, "funnel", province, "period=2020-2025", viewer), "stages"),
                        "stage", "ADMITTED", "count"), "the funnel's admitted stage");
                assertEquals(admittedInTerm, count(rows(report(api, "new-members", province, "period=2020-2025", viewer), "breakdown"),
                        "dimension", "GENDER", "count"), "new members by gender add up to the admissions");
                assertTrue(count(rows(report(api, "overdue", province, null, viewer), "summary"), null, null, "count") > 0, "overdue work");
                JsonNode coverage = report(api, "coverage", province, null, viewer);
                assertFalse(rows(coverage, "areas-without-members").isEmpty(), "a residential area without members");
                assertFalse(rows(coverage, "areas-without-cell").isEmpty(), "a residential area without a cell");
                assertFalse(rows(coverage, "cells-under-3-officials").isEmpty(), "a cell with fewer than 3 official members");
                assertTrue(rows(report(api, "forecast", province, "period=" + year, viewer), "forecast").get(0).path("openCases").asLong() > 0,
                        "open cases in the forecast");
            });
            assertFalse(get(api, "deadlines?within=P30D&orgId=" + province, viewer).path("items").isEmpty(), "cases due");
            assertFalse(get(api, "deadlines?overdue=true&orgId=" + province, viewer).path("items").isEmpty(), "cases overdue");
            String feed = Files.readString(data.resolve("tokens/feed.jwt")).strip();
            for (String producer : List.of("candidate", "training", "admission")) {
                assertFalse(get(api, "feeds/" + producer + "?after=0&limit=10", feed).path("events").isEmpty(), producer + " feed");
            }
            assertEquals(plan.candidateCount(), candidates(api, province, viewer), "every candidate of the plan, once");
        }

        try (Launch second = Launch.start(data, environment)) {
            assertFalse(second.printed("demo province"), "a second start does not load the demo again:\n" + second.output());
            String viewer = Files.readString(data.resolve("tokens/viewer.jwt")).strip();
            ProvincePlan plan = ProvincePlan.forDay(LocalDate.parse(Files.readString(data.resolve("demo/started")).strip()));
            String province = StreamSupport.stream(get(api, "organisations?parentId=" + ROOT, viewer).path("items").spliterator(), false)
                    .filter(org -> org.path("code").asText().equals(ProvincePlan.provinceCode())).findFirst().orElseThrow().path("id").asText();
            assertEquals(plan.candidateCount(), candidates(api, province, viewer), "the candidates are there, once");
        }
    }

    private static long ceremoniesInFeed(URI api, String token, LocalDate from, LocalDate to) throws Exception {
        long ceremonies = 0;
        long after = 0;
        while (true) {
            JsonNode page = get(api, "feeds/admission?after=" + after + "&limit=1000", token);
            for (JsonNode event : page.path("events")) {
                if (event.path("type").asText().endsWith(".MemberAdmitted.v1")) {
                    LocalDate ceremony = LocalDate.parse(event.path("data").path("ceremonyOn").asText());
                    ceremonies += ceremony.isBefore(from) || ceremony.isAfter(to) ? 0 : 1;
                }
            }
            if (page.path("events").isEmpty()) {
                return ceremonies;
            }
            after = page.path("nextPosition").asLong();
        }
    }

    private static int candidates(URI api, String province, String token) throws Exception {
        int count = 0;
        String cursor = null;
        do {
            JsonNode page = get(api, "candidates?limit=100&orgId=" + province + (cursor == null ? "" : "&cursor=" + cursor), token);
            count += page.path("items").size();
            cursor = page.path("nextCursor").isNull() || page.path("nextCursor").isMissingNode() ? null : page.path("nextCursor").asText();
        } while (cursor != null);
        return count;
    }

    /** The sum of {@code column} over the rows whose {@code key} is {@code value} (every row when key is null). */
    private static long count(List<JsonNode> rows, String key, String value, String column) {
        return rows.stream().filter(row -> key == null || row.path(key).asText().equals(value)).mapToLong(row -> row.path(column).asLong()).sum();
    }

    private static JsonNode report(URI api, String report, String province, String query, String token) throws Exception {
        return get(api, "reports/" + report + "?orgId=" + province + (query == null ? "" : "&" + query), token);
    }

    private static List<JsonNode> rows(JsonNode report, String table) {
        for (JsonNode candidate : report.path("tables")) {
            if (candidate.path("name").asText().equals(table)) {
                List<JsonNode> rows = new ArrayList<>();
                candidate.path("rows").forEach(rows::add);
                return rows;
            }
        }
        throw new AssertionError("no table " + table + " in " + report);
    }

    private static JsonNode get(URI api, String path, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(api.resolve(path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    private static Map<String, String> ports() throws IOException {
        Map<String, String> environment = new LinkedHashMap<>();
        for (String variable : List.of("PARTYDEV_POSTGRES_PORT", "PARTYDEV_KAFKA_PORT", "PARTYDEV_KAFKA_CONTROLLER_PORT",
                "PARTYDEV_CANDIDATE_PORT", "PARTYDEV_TRAINING_PORT", "PARTYDEV_ADMISSION_PORT", "PARTYDEV_REPORTING_PORT",
                "PARTYDEV_PROXY_PORT", "PARTYDEV_CONSOLE_PORT")) {
            try (ServerSocket socket = new ServerSocket(0)) {
                environment.put(variable, Integer.toString(socket.getLocalPort()));
            }
        }
        environment.put("PARTYDEV_PROJECT_DIR", DeployTree.project().toString());
        return environment;
    }

    /** The launcher as a user runs it ({@code deploy/local/start} without the build): its own JVM, stopped by SIGTERM. */
    private static final class Launch implements AutoCloseable {
        private final Process process;
        private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        private final CountDownLatch running = new CountDownLatch(1);

        private Launch(Process process) {
            this.process = process;
            Thread reader = new Thread(() -> {
                try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = output.readLine(); line != null; line = output.readLine()) {
                        lines.add(line);
                        if (line.startsWith("PartyDev is running")) {
                            running.countDown();
                        }
                    }
                } catch (IOException ignored) {
                    // the process ended
                }
                running.countDown();
            }, "launcher-output");
            reader.setDaemon(true);
            reader.start();
        }

        static Launch start(Path data, Map<String, String> environment) throws Exception {
            Path local = DeployTree.project().resolve("deploy/local/target");
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                    "-cp", local.resolve("local-infrastructure-1.0.0-SNAPSHOT.jar") + java.io.File.pathSeparator + local.resolve("lib") + "/*",
                    "vn.partydev.local.LocalStack", data.toString()).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Launch launch = new Launch(builder.start());
            boolean up = launch.running.await(240, TimeUnit.SECONDS) && launch.process.isAlive() && launch.printed("PartyDev is running");
            if (!up) {
                launch.close();
            }
            assertTrue(up, "the launcher did not come up:\n" + launch.output());
            return launch;
        }

        boolean printed(String text) {
            synchronized (lines) {
                return lines.stream().anyMatch(line -> line.toLowerCase().contains(text.toLowerCase()));
            }
        }

        String output() {
            synchronized (lines) {
                return String.join("\n", lines);
            }
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
