package vn.partydev.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The demo loader's HTTP client for the one entry point ({@code /api/v1/...}), with one bearer token.
 *
 * <p>The services learn each other's facts from events, a moment after they happen: a nomination names a cell the
 * candidate service may not know yet, a case a certificate admission has not read yet. Such a request is refused with
 * a 404, 422 or 503 that writes nothing, so it is sent again until it is accepted or {@link #PATIENCE} has passed.
 * A creating POST carries {@code Idempotency-Key: <key>#<attempt>}: a new key per attempt (the services replay a
 * key's first answer, refusals included), and the same keys when an interrupted load runs again, so that every
 * creation is replayed rather than done twice.
 */
final class DemoApi {

    static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Duration PAUSE = Duration.ofMillis(150);
    private static final Set<Integer> NOT_KNOWN_YET = Set.of(404, 422, 503);
    /** Answers that mean "already recorded": only accepted when a load is resumed. */
    private static final Set<String> ALREADY_DONE = Set.of("STEP_OUT_OF_ORDER", "DUPLICATE", "DATE_OUT_OF_ORDER",
            "CLASS_COMPLETED", "CHECK_ALREADY_PASSED", "NO_ESSAY_DUE");

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String token;
    private final boolean resuming;

    DemoApi(URI base, String token, boolean resuming) {
        this.base = base;
        this.token = token;
        this.resuming = resuming;
    }

    /** A creating POST ({@code @Idempotent} on the service's side): the created object. */
    JsonNode create(String path, Map<String, Object> body, String key) {
        return send("POST", path, body, key, false);
    }

    /** A POST recording a step; on a resumed load, "already recorded" answers count as done (then null). */
    JsonNode record(String path, Map<String, Object> body) {
        return send("POST", path, body, null, resuming);
    }

    /** A PUT without a precondition (a first attendance list, a target). */
    JsonNode put(String path, Map<String, Object> body) {
        return send("PUT", path, body, null, resuming);
    }

    JsonNode get(String path) {
        return send("GET", path, null, null, false);
    }

    /** Uploads a CSV file: the answer (202) names the import. */
    JsonNode postCsv(String path, String csv) {
        HttpRequest request = authorised(path).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = exchange(request);
        if (response.statusCode() != 202) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return parse(response.body());
    }

    private JsonNode send(String method, String path, Map<String, Object> body, String key, boolean acceptAlreadyDone) {
        Instant deadline = Instant.now().plus(PATIENCE);
        for (int attempt = 0; ; attempt++) {
            HttpRequest.Builder request = authorised(path);
            if (key != null) {
                request.header("Idempotency-Key", key + "#" + attempt);
            }
            if (body == null) {
                request.GET();
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8));
            }
            HttpResponse<String> response = exchange(request.build());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return parse(response.body());
            }
            JsonNode problem = parse(response.body());
            String code = problem.path("code").asText("");
            if (acceptAlreadyDone && (status == 409 && ALREADY_DONE.contains(code) || status == 428)) {
                return null;
            }
            if (!NOT_KNOWN_YET.contains(status) || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(method + " " + path + " answered " + status + ": " + response.body());
            }
            pause();
        }
    }

    private HttpRequest.Builder authorised(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static String write(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON object from name–value pairs; dates and ids as their ISO text, null values left out. */
    static Map<String, Object> body(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value instanceof LocalDate || value instanceof UUID) {
                value = value.toString();
            }
            if (value != null) {
                body.put((String) namesAndValues[i], value);
            }
        }
        return body;
    }

    static UUID id(JsonNode node) {
        return UUID.fromString(node.path("id").asText());
    }
}
