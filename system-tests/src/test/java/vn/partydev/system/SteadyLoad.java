package vn.partydev.system;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static vn.partydev.system.Api.body;

/**
 * Nominations to one cell, one after another on a thread, through candidate-service's public API while a fault is
 * injected: the ledger keeps the id of every nomination answered 201 (acknowledged); refused or failed requests
 * (connection refused, 5xx, timeouts while the fault lasts) are counted, not retried.
 */
final class SteadyLoad implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final AtomicLong CITIZEN_IDS = new AtomicLong(System.currentTimeMillis() % 1_000_000L * 1_000L);

    private final String baseUrl;
    private final String token;
    private final UUID cell;
    private final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicInteger failed = new AtomicInteger();
    private final Thread thread;
    private volatile boolean running = true;

    private SteadyLoad(String baseUrl, String token, UUID cell) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.cell = cell;
        this.thread = new Thread(this::run, "faults-load-" + cell);
    }

    static SteadyLoad start(String baseUrl, String token, UUID cell) {
        SteadyLoad load = new SteadyLoad(baseUrl, token, cell);
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
                    failed.incrementAndGet();
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                return;
            } catch (Exception connectionLost) {
                failed.incrementAndGet();
                pause();
            }
        }
    }

    private ObjectNode nomination() {
        String citizenId = String.format("%012d", CITIZEN_IDS.incrementAndGet() % 1_000_000_000_000L);
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
        return failed.get();
    }

    /** Stops the load after the request in flight has been answered. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(30_000);
    }
}
