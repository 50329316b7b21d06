package vn.partydev.system;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static vn.partydev.system.Api.body;

/**
 * Nominations to one cell, one after another on a thread, through candidate-service's public API while a fault is
 * injected: the ledger keeps the id of every nomination answered 201 (acknowledged); refused or failed requests
 * (connection refused, 5xx, timeouts while the fault lasts) are counted by outcome, not retried. The first nomination
 * is repeated while it answers 4xx: candidate-service learns a new cell from admission's events.
 */
final class SteadyLoad implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** The six random digits of the citizen ids: unique in a run (a citizen has one active candidacy, R-CAND-1). */
    private static final AtomicLong CITIZEN_SERIAL = new AtomicLong(System.nanoTime() % 500_000L);

    private final Api api;
    private final String baseUrl;
    private final String token;
    private final UUID cell;
    private final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final Map<String, String> firstAnswers = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    private SteadyLoad(String baseUrl, String token, UUID cell) {
        this.api = new Api(baseUrl, token);
        this.baseUrl = baseUrl;
        this.token = token;
        this.cell = cell;
        this.thread = new Thread(this::run, "faults-load-" + cell);
    }

    /** Starts the load once candidate-service takes nominations to {@code cell} (at most {@code patience}). */
    static SteadyLoad start(String baseUrl, String token, UUID cell, Duration patience) {
        SteadyLoad load = new SteadyLoad(baseUrl, token, cell);
        load.acknowledged.add(UUID.fromString(load.api.postWhenKnown("/api/v1/candidates", load.nomination(), 201, patience).path("id").asText()));
        load.thread.start();
        return load;
    }

    private void run() {
        while (running) {
            try {
                HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/candidates"))
                        .timeout(Duration.ofSeconds(15))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(nomination().toString())).build(), HttpResponse.BodyHandlers.ofByteArray());
                if (answer.statusCode() == 201) {
                    acknowledged.add(UUID.fromString(Api.read(answer).path("id").asText()));
                } else {
                    failed(outcomeOf(answer), new String(answer.body(), StandardCharsets.UTF_8));
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                return;
            } catch (Exception connectionLost) {
                failed(connectionLost.getClass().getSimpleName(), String.valueOf(connectionLost.getMessage()));
                pause();
            }
        }
    }

    /** "HTTP 503 SERVICE_UNAVAILABLE Retry-After": the status, the problem's code when it is problem+json, and Retry-After when sent. */
    private static String outcomeOf(HttpResponse<byte[]> answer) {
        String outcome = "HTTP " + answer.statusCode();
        if (answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            outcome += " " + Api.read(answer).path("code").asText();
        }
        return answer.headers().firstValue("Retry-After").isPresent() ? outcome + " Retry-After" : outcome;
    }

    /** The outcomes of the requests answered with an HTTP error (not those refused or cut at the connection). */
    java.util.Set<String> httpErrors() {
        return failures.keySet().stream().filter(outcome -> outcome.startsWith("HTTP ")).collect(java.util.stream.Collectors.toSet());
    }

    private void failed(String outcome, String answer) {
        failures.computeIfAbsent(outcome, o -> new AtomicInteger()).incrementAndGet();
        firstAnswers.putIfAbsent(outcome, answer.length() > 300 ? answer.substring(0, 300) : answer);
    }

    /** A valid nomination: a man born in 1995, registered in Hà Nội (001), so his citizen id begins 001 0 95. */
    private ObjectNode nomination() {
        String citizenId = "001095" + String.format("%06d", CITIZEN_SERIAL.incrementAndGet() % 1_000_000L);
        ObjectNode person = body().put("fullName", "Nguyễn Văn Tải").put("birthDate", "1995-05-05").put("gender", "MALE")
                .put("ethnicGroup", "KINH").put("religion", "NONE").put("citizenId", citizenId).put("generalEducation", "UPPER_SECONDARY")
                .put("professionalLevel", "UNIVERSITY").put("politicalTheoryLevel", "NONE").put("occupation", "PRIVATE_ENTERPRISE_WORKER")
                .put("youthUnionMember", true).put("tradeUnionMember", false);
        ObjectNode request = body();
        request.set("person", person);
        request.set("nomination", body().put("source", "YOUTH_UNION").put("organisationName", "Đoàn xã")
                .put("nominatedOn", Story.NOMINATED.toString()).put("cellId", cell.toString()));
        return request;
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<UUID> acknowledged() {
        return List.copyOf(acknowledged);
    }

    int failed() {
        return failures.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** The refused or failed requests by outcome (HTTP status or exception), each with its first answer. */
    String failures() {
        Map<String, String> described = new TreeMap<>();
        failures.forEach((outcome, count) -> described.put(outcome, count.get() + " (first: " + firstAnswers.get(outcome) + ")"));
        return described.toString();
    }

    /** Stops the load after the request in flight has been answered. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(30_000);
    }
}
