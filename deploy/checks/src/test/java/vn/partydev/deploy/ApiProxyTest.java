package vn.partydev.deploy;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.partydev.local.ApiProxy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The launcher's proxy port: routes by path to the owning service, streams bodies, passes headers both ways. */
class ApiProxyTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ConcurrentLinkedQueue<String> SEEN = new ConcurrentLinkedQueue<>();
    private static HttpServer candidate;
    private static HttpServer admission;
    private static ApiProxy proxy;

    @BeforeAll
    static void start() throws IOException {
        candidate = upstream("candidate-service");
        admission = upstream("admission-service");
        proxy = ApiProxy.start(0, Map.of(
                "candidate-service", candidate.getAddress().getPort(),
                "admission-service", admission.getAddress().getPort(),
                "reporting-service", unusedPort()));
    }

    @AfterAll
    static void stop() {
        proxy.close();
        candidate.stop(0);
        admission.stop(0);
    }

    @Test
    void aPathGoesToItsOwnerWithItsQueryAndHeaders() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/v1/candidates/42?limit=5"))
                .header("Authorization", "Bearer t").header("If-Match", "\"3\"").GET());
        assertEquals(200, answer.statusCode());
        assertEquals("candidate-service GET /api/v1/candidates/42?limit=5 auth=Bearer t if-match=\"3\" body=0", answer.body());
        assertEquals("\"7\"", answer.headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void aLargeBodyIsStreamedToItsOwnerAndTheAnswerComesBack() throws Exception {
        byte[] file = new byte[5 * 1024 * 1024];
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/v1/imports"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(file)));
        assertEquals(201, answer.statusCode());
        assertTrue(answer.body().startsWith("admission-service POST /api/v1/imports"), answer.body());
        assertTrue(answer.body().endsWith("body=" + file.length), answer.body());
        assertEquals("/api/v1/imports/1", answer.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void theFeedOfAServiceIsItsEventsPath() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/v1/feeds/candidate/schemas/CandidateListed.json")).GET());
        assertTrue(answer.body().startsWith("candidate-service GET /api/v1/events/schemas/CandidateListed.json"), answer.body());
    }

    @Test
    void aPreflightReachesTheServiceWhichAnswersForItsOrigins() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/v1/organisations"))
                .header("Origin", "https://app.example").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, answer.statusCode());
        assertEquals("https://app.example", answer.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
    }

    @Test
    void aPathNoServiceServesIsAProblem() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/v1/nothing-here")).GET());
        assertEquals(404, answer.statusCode());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(List.copyOf(SEEN).stream().noneMatch(seen -> seen.contains("nothing-here")));
    }

    @Test
    void aServiceThatDoesNotAnswerIsABadGateway() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/v1/reports/coverage")).GET());
        assertEquals(502, answer.statusCode());
        assertTrue(answer.body().contains("reporting-service"), answer.body());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + proxy.port() + path);
    }

    /** A stand-in service that answers with what it received. */
    private static HttpServer upstream(String name) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            long received;
            try (InputStream body = exchange.getRequestBody()) {
                received = body.transferTo(java.io.OutputStream.nullOutputStream());
            }
            String query = exchange.getRequestURI().getRawQuery();
            String seen = name + " " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                    + (query == null ? "" : "?" + query)
                    + (exchange.getRequestHeaders().containsKey("Authorization") ? " auth=" + exchange.getRequestHeaders().getFirst("Authorization") : "")
                    + (exchange.getRequestHeaders().containsKey("If-Match") ? " if-match=" + exchange.getRequestHeaders().getFirst("If-Match") : "")
                    + " body=" + received;
            SEEN.add(seen);
            int status = exchange.getRequestMethod().equals("POST") ? 201 : 200;
            if (status == 201) {
                exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getRawPath() + "/1");
            }
            exchange.getResponseHeaders().set("ETag", "\"7\"");
            String origin = exchange.getRequestHeaders().getFirst("Origin");
            if (origin != null) {
                exchange.getResponseHeaders().set("Access-Control-Allow-Origin", origin);
            }
            byte[] answer = seen.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
