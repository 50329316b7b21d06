package vn.partydev.platform.testapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import vn.partydev.local.TestTokens;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partydev.platform.testapp.ProblemAssertions.assertProblem;

/** Errors raised by the HTTP layer, before JAX-RS, are problems with a code too; sent as raw HTTP/1.1 where clients would refuse. */
@QuarkusTest
class HttpLayerProblemsTest {

    @Test
    void aRequestLineTooLongIs414() throws IOException {
        JsonNode problem = problemOf(raw("GET /api/v1/specimens?q=" + "a".repeat(5000) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n"), 414);
        assertEquals("URI_TOO_LONG", problem.get("code").asText());
        assertTrue(problem.get("detail").asText().contains("at most 4096"), problem.toString());
    }

    @Test
    void headersTooLargeAre431() throws IOException {
        JsonNode problem = problemOf(raw("GET /api/v1/specimens/public HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
                + "b".repeat(30_000) + "\r\nConnection: close\r\n\r\n"), 431);
        assertEquals("HEADERS_TOO_LARGE", problem.get("code").asText());
    }

    @Test
    void aRequestWithinTheLimitsIsServed() throws IOException {
        String answer = raw("GET /api/v1/specimens/public?q=" + "a".repeat(3000) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "X-Padding: " + "b".repeat(10_000) + "\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
    }

    @Test
    void wrongMethodNotAcceptableAndUnsupportedMediaTypeAreProblems() {
        var cell = given().header("Authorization", TestTokens.bearer("cell", Organisations.COMMUNE_A));
        assertProblem(cell.delete("/api/v1/specimens/" + UUID.randomUUID() + "/name").then(), 405, "METHOD_NOT_ALLOWED");
        assertProblem(given().header("Authorization", TestTokens.bearer("cell", Organisations.COMMUNE_A)).accept("text/csv")
                .get("/api/v1/specimens/public").then(), 406, "NOT_ACCEPTABLE");
        assertProblem(given().header("Authorization", TestTokens.bearer("cell", Organisations.COMMUNE_A))
                .contentType("application/xml").body("<a/>").post("/api/v1/specimens").then(), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    /** {@code /specimens/{id}/notes} is served by a class of its own beside {@code /specimens}: Quarkus alone says 404. */
    @Test
    void anUndeclaredMethodOnAPathOfAnotherResourceClassIs405() {
        var cell = given().header("Authorization", TestTokens.bearer("cell", Organisations.COMMUNE_A));
        cell.get("/api/v1/specimens/" + UUID.randomUUID() + "/notes").then().statusCode(200);
        assertProblem(given().header("Authorization", TestTokens.bearer("cell", Organisations.COMMUNE_A))
                .patch("/api/v1/specimens/" + UUID.randomUUID() + "/notes").then(), 405, "METHOD_NOT_ALLOWED")
                .header("Allow", "GET");
        assertProblem(given().get("/api/v1/specimens/" + UUID.randomUUID() + "/no-such-thing").then(), 404, "NOT_FOUND");
    }

    @Test
    void anOversizeBodyDeclaredByItsLengthIs413() throws IOException {
        JsonNode problem = problemOf(raw("POST /api/v1/specimens HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 99999999\r\nConnection: close\r\n\r\n{"), 413);
        assertEquals("PAYLOAD_TOO_LARGE", problem.get("code").asText());
    }

    private static JsonNode problemOf(String answer, int status) throws IOException {
        assertTrue(answer.startsWith("HTTP/1.1 " + status), answer.substring(0, Math.min(200, answer.length())));
        assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
        JsonNode problem = new ObjectMapper().readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        assertEquals(status, problem.get("status").asInt());
        return problem;
    }

    /** Sends the bytes as they are and reads the answer: its head, then Content-Length bytes of body (or up to the close). */
    static String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            int length = -1;
            int headEnd = -1;
            for (int read; (length < 0 || answer.size() < headEnd + length) && (read = in.read()) >= 0; ) {
                answer.write(read);
                String text = answer.toString(StandardCharsets.ISO_8859_1);
                if (headEnd < 0 && text.endsWith("\r\n\r\n")) {
                    headEnd = text.length();
                    java.util.regex.Matcher declared = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(text);
                    length = declared.find() ? Integer.parseInt(declared.group(1)) : -1;
                    if (length < 0) {
                        length = Integer.MAX_VALUE - headEnd;
                    }
                }
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
