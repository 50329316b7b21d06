package vn.partydev.system;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A client of one service's public HTTP API with one bearer token, as a front-end would be: JSON in and out (Jackson),
 * every answer's status checked by the caller's expectation.
 */
final class Api {

    /** Decimals stay as written ("50.00"), so JSON figures compare with CSV text exactly. */
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /**
     * HTTP/1.1, one connection per request in flight, as the services are reached behind the entry point (nginx speaks
     * HTTP/1.1 to them) and as many front-ends are: the JDK client's default (HTTP/2 upgraded in clear text) would carry
     * every concurrent request over one connection, hence one event-loop thread of the service. {@code -Dapi.http-version=2}
     * selects it, to compare.
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version("2".equals(System.getProperty("api.http-version")) ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
            .build();

    private final String baseUrl;
    private final String token;

    Api(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** A new JSON object to fill in as a request body. */
    static ObjectNode body() {
        return JSON.createObjectNode();
    }

    /** POSTs {@code body} and expects {@code status}; answers the JSON body. */
    JsonNode post(String path, JsonNode body, int status) {
        return expect(status, send(jsonPost(path, body)), "POST " + path + " " + body);
    }

    /** POSTs {@code body} without waiting for the answer (a load that must not be paced by the server's latency). */
    CompletableFuture<HttpResponse<byte[]>> postAsync(String path, JsonNode body) {
        return HTTP.sendAsync(jsonPost(path, body).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A POST of {@code body} as JSON with an Idempotency-Key of its own, as a front-end sends one. */
    private HttpRequest.Builder jsonPost(String path, JsonNode body) {
        return request(path).header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    /** POSTs a raw body of {@code contentType}, expects {@code status}. */
    HttpResponse<byte[]> postRaw(String path, String contentType, String body, int status) {
        HttpResponse<byte[]> answer = send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        assertEquals(status, answer.statusCode(), () -> "POST " + path + ": " + text(answer));
        return answer;
    }

    /** PUTs {@code body} and expects {@code status}. */
    JsonNode put(String path, JsonNode body, int status) {
        return expect(status, send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString()))), "PUT " + path + " " + body);
    }

    JsonNode get(String path) {
        return expect(200, send(request(path).GET()), "GET " + path);
    }

    /** GET {@code path}: the JSON body when it answers 200, else empty (e.g. 503 while not known yet). */
    Optional<JsonNode> getIfOk(String path) {
        HttpResponse<byte[]> answer = send(request(path).GET());
        return answer.statusCode() == 200 ? Optional.of(read(answer)) : Optional.empty();
    }

    /** Whether GET {@code path} answers 200 (404: it does not exist). */
    boolean exists(String path) {
        return send(request(path).GET()).statusCode() == 200;
    }

    /** GETs {@code path} asking for {@code accept}; expects 200 and answers the bytes. */
    byte[] getBytes(String path, String accept) {
        HttpResponse<byte[]> answer = send(request(path).header("Accept", accept).GET());
        assertEquals(200, answer.statusCode(), () -> "GET " + path + " as " + accept + ": " + text(answer));
        return answer.body();
    }

    /**
     * Repeats a POST that depends on something another service has to learn from events first (eventual consistency):
     * retried while the answer is {@code retryable} (a 4xx naming what is not known yet), at most {@code patience}.
     */
    JsonNode postWhenKnown(String path, JsonNode body, int status, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            HttpResponse<byte[]> answer = send(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
            if (answer.statusCode() == status || Instant.now().isAfter(deadline) || answer.statusCode() / 100 != 4) {
                return expect(status, answer, "POST " + path + " " + body);
            }
            pause();
        }
    }

    /** Repeats a PUT while the answer is a retryable 503 (reporting has not learned the organisation yet). */
    JsonNode putWhenKnown(String path, JsonNode body, int status, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            HttpResponse<byte[]> answer = send(request(path).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
            if (answer.statusCode() != 503 || Instant.now().isAfter(deadline)) {
                return expect(status, answer, "PUT " + path + " " + body);
            }
            pause();
        }
    }

    /** GETs {@code path} until {@code done} holds for the answer, at most {@code patience}. */
    JsonNode getUntil(String path, Predicate<JsonNode> done, Duration patience, String what) {
        Instant deadline = Instant.now().plus(patience);
        HttpResponse<byte[]> last = null;
        while (Instant.now().isBefore(deadline)) {
            last = send(request(path).GET());
            if (last.statusCode() == 200) {
                JsonNode answer = read(last);
                if (done.test(answer)) {
                    return answer;
                }
            }
            pause();
        }
        return fail("not " + what + " within " + patience.toSeconds() + " s; last answer to GET " + path + ": "
                + (last == null ? "none" : last.statusCode() + " " + text(last)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept-Language", "en");
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode expect(int status, HttpResponse<byte[]> answer, String what) {
        assertEquals(status, answer.statusCode(), () -> what + " → " + text(answer));
        return read(answer);
    }

    static JsonNode read(HttpResponse<byte[]> answer) {
        try {
            return answer.body().length == 0 ? JSON.nullNode() : JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text(answer), e);
        }
    }

    static String text(HttpResponse<byte[]> answer) {
        return new String(answer.body(), StandardCharsets.UTF_8);
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
