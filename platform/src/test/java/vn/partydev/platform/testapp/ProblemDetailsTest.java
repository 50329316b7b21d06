package vn.partydev.platform.testapp;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.partydev.local.TestTokens;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static vn.partydev.platform.testapp.ProblemAssertions.assertProblem;

/** Every kind of bad request answers a 4xx problem+json naming what is wrong; an internal error answers 500 without details. */
@QuarkusTest
class ProblemDetailsTest {

    /** A valid specimen request, which the problem tests break one value at a time. */
    static final String VALID = """
            {"person": {"name": "Nguyễn Văn A", "citizenId": "001099012345"},
             "organisationId": "20000000-0000-0000-0000-00000000000a", "copies": 2, "kind": "ORDINARY",
             "observedOn": "2026-02-16", "tags": ["a"]}""";

    static RequestSpecification asCell() {
        return given().header("Authorization", TestTokens.bearer("cell", Organisations.COMMUNE_A));
    }

    private static RequestSpecification posting(String body) {
        return asCell().contentType(ContentType.JSON).body(body);
    }

    @Test
    void aValidRequestIsAccepted() {
        posting(VALID).post("/api/v1/specimens").then().statusCode(201);
    }

    @Test
    void ruleViolationIs422WithTheRuleIdAsCode() {
        assertProblem(asCell().post("/api/v1/specimens/" + UUID.randomUUID() + "/rule").then(), 422, "R-TEST-1")
                .body("type", equalTo("https://partydev.vn/problems/rule-violation"))
                .body("detail", equalTo("the cell has 7 eligible official members; 5 yes votes are needed, 4 were cast"))
                .body("title", equalTo("A rule is broken"));
    }

    @Test
    void aWrappedRuleViolationIsStill422() {
        assertProblem(asCell().post("/api/v1/specimens/" + UUID.randomUUID() + "/wrapped-rule").then(), 422, "R-TEST-2")
                .body("detail", equalTo("wrapped, still a rule"));
    }

    @Test
    void vietnameseTitleWhenAskedFor() {
        assertProblem(asCell().header("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.5")
                .post("/api/v1/specimens/" + UUID.randomUUID() + "/rule").then(), 422, "R-TEST-1")
                .header("Content-Language", "vi")
                .body("title", equalTo("Vi phạm quy định"));
    }

    @Test
    void conflictIs409WithItsCode() {
        assertProblem(asCell().post("/api/v1/specimens/" + UUID.randomUUID() + "/step").then(), 409, "STEP_OUT_OF_ORDER")
                .body("type", equalTo("https://partydev.vn/problems/conflict"));
    }

    @Test
    void unknownObjectIs404() {
        UUID id = UUID.randomUUID();
        assertProblem(asCell().get("/api/v1/specimens/" + id).then(), 404, "NOT_FOUND")
                .body("detail", equalTo("specimen " + id + " was not found"))
                .body("instance", equalTo("/api/v1/specimens/" + id));
    }

    @Test
    void beanValidationIs400WithAPointerPerInvalidValue() {
        String body = VALID.replace("001099012345", "12345").replace("\"copies\": 2", "\"copies\": 0");
        assertProblem(posting(body).post("/api/v1/specimens").then(), 400, "VALIDATION_FAILED")
                .body("type", equalTo("https://partydev.vn/problems/validation"))
                .body("errors.pointer", containsInAnyOrder("/copies", "/person/citizenId"))
                .body("errors.find { it.pointer == '/person/citizenId' }.detail", equalTo("must be 12 digits"));
    }

    @Test
    void invalidListElementIsPointedToByIndex() {
        String body = VALID.replace("\"tags\": [\"a\"]", "\"tags\": [\"a\", \" \"]");
        assertProblem(posting(body).post("/api/v1/specimens").then(), 400, "VALIDATION_FAILED")
                .body("errors.pointer", equalTo(java.util.List.of("/tags/1")));
    }

    @Test
    void missingBodyIs400() {
        assertProblem(asCell().contentType(ContentType.JSON).post("/api/v1/specimens").then(), 400, "VALIDATION_FAILED");
    }

    @Test
    void invalidQueryParameterIsNamed() {
        assertProblem(asCell().queryParam("size", 50).get("/api/v1/specimens/limited").then(), 400, "VALIDATION_FAILED")
                .body("errors[0].parameter", equalTo("size"))
                .body("errors[0].pointer", equalTo(null));
    }

    @Test
    void unknownFieldIs400() {
        String body = VALID.replace("\"citizenId\"", "\"nickname\": \"Tí\", \"citizenId\"");
        assertProblem(posting(body).post("/api/v1/specimens").then(), 400, "UNKNOWN_FIELD")
                .body("type", equalTo("https://partydev.vn/problems/malformed-request"))
                .body("errors[0].pointer", equalTo("/person/nickname"));
    }

    @Test
    void malformedJsonIs400() {
        assertProblem(posting("{\"person\": {\"name\": ").post("/api/v1/specimens").then(), 400, "MALFORMED_JSON");
    }

    @Test
    void trailingContentIs400() {
        assertProblem(posting(VALID + " {}").post("/api/v1/specimens").then(), 400, "MALFORMED_JSON");
    }

    @Test
    void duplicateKeyIs400() {
        String body = VALID.replace("\"copies\": 2", "\"copies\": 2, \"copies\": 3");
        assertProblem(posting(body).post("/api/v1/specimens").then(), 400, "MALFORMED_JSON");
    }

    @Test
    void wrongTypeIs400WithItsPointer() {
        assertProblem(posting(VALID.replace("\"copies\": 2", "\"copies\": \"many\"")).post("/api/v1/specimens").then(),
                400, "INVALID_VALUE")
                .body("errors[0].pointer", equalTo("/copies"));
        assertProblem(posting(VALID.replace("\"copies\": 2", "\"copies\": \"2\"")).post("/api/v1/specimens").then(),
                400, "INVALID_VALUE")
                .body("errors[0].pointer", equalTo("/copies"));
        assertProblem(posting(VALID.replace("20000000-0000-0000-0000-00000000000a", "not-a-uuid")).post("/api/v1/specimens").then(),
                400, "INVALID_VALUE")
                .body("errors[0].pointer", equalTo("/organisationId"))
                .body("errors[0].detail", equalTo("expected a UUID"));
        assertProblem(posting(VALID.replace("2026-02-16", "2026-02-30")).post("/api/v1/specimens").then(), 400, "INVALID_VALUE")
                .body("errors[0].pointer", equalTo("/observedOn"));
        assertProblem(posting(VALID.replace("\"person\": {", "\"person\": [{").replace("\"}", "\"}]"))
                .post("/api/v1/specimens").then(), 400, "INVALID_VALUE")
                .body("errors[0].pointer", equalTo("/person"));
    }

    @Test
    void enumByNumberOrUnknownNameIs400() {
        assertProblem(posting(VALID.replace("\"ORDINARY\"", "1")).post("/api/v1/specimens").then(), 400, "INVALID_VALUE")
                .body("errors[0].pointer", equalTo("/kind"));
        assertProblem(posting(VALID.replace("\"ORDINARY\"", "\"LEGENDARY\"")).post("/api/v1/specimens").then(), 400, "INVALID_VALUE")
                .body("errors[0].detail", equalTo("expected one of ORDINARY, RARE"));
    }

    @Test
    void nullForAPrimitiveIs400() {
        assertProblem(posting(VALID.replace("\"copies\": 2", "\"copies\": null")).post("/api/v1/specimens").then(),
                400, "INVALID_VALUE")
                .body("errors[0].pointer", equalTo("/copies"));
    }

    @Test
    void hugeNumbersAre400() {
        assertProblem(posting(VALID.replace("\"copies\": 2", "\"copies\": 99999999999999999999999")).post("/api/v1/specimens").then(),
                400, "NUMBER_OUT_OF_RANGE");
        assertProblem(posting(VALID.replace("\"copies\": 2", "\"copies\": 1e400")).post("/api/v1/specimens").then(),
                400, "INVALID_VALUE");
        assertProblem(posting(VALID.replace("\"copies\": 2", "\"copies\": 2.5")).post("/api/v1/specimens").then(),
                400, "INVALID_VALUE");
        assertProblem(posting(VALID.replace("\"copies\": 2", "\"copies\": " + "9".repeat(5000))).post("/api/v1/specimens").then(),
                400, "VALUE_TOO_LARGE");
    }

    @Test
    void nulCharacterIs400() {
        assertProblem(posting(VALID.replace("Nguyễn Văn A", "Nguyễn\\u0000A")).post("/api/v1/specimens").then(), 400, "INVALID_TEXT")
                .body("errors[0].pointer", equalTo("/person/name"))
                .body("errors[0].detail", equalTo("the text contains a NUL character"));
    }

    @Test
    void loneSurrogateIs400() {
        assertProblem(posting(VALID.replace("Nguyễn Văn A", "Nguy\\ud800n")).post("/api/v1/specimens").then(), 400, "INVALID_TEXT")
                .body("errors[0].pointer", equalTo("/person/name"));
        assertProblem(posting(VALID.replace("\"tags\": [\"a\"]", "\"tags\": [\"\\udc00\"]")).post("/api/v1/specimens").then(),
                400, "INVALID_TEXT")
                .body("errors[0].pointer", equalTo("/tags/0"));
    }

    @Test
    void invalidUtf8Is400() {
        byte[] valid = VALID.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[valid.length + 3];
        System.arraycopy(valid, 0, body, 0, 20);
        body[20] = (byte) 0xC3;
        body[21] = (byte) 0x28;
        body[22] = (byte) 0xFF;
        System.arraycopy(valid, 20, body, 23, valid.length - 20);
        assertProblem(asCell().contentType("application/json").body(body).post("/api/v1/specimens").then(), 400, "MALFORMED_JSON");
    }

    @Test
    void nulInAQueryParameterIs400() {
        assertProblem(asCell().urlEncodingEnabled(false).get("/api/v1/specimens?q=a%00b").then(), 400, "INVALID_TEXT")
                .body("errors[0].parameter", equalTo("q"));
    }

    @Test
    void malformedPathParameterIs400() {
        assertProblem(asCell().get("/api/v1/specimens/not-a-uuid").then(), 400, "INVALID_PARAMETER");
    }

    @Test
    void malformedQueryParameterIs400() {
        assertProblem(asCell().queryParam("size", "five").get("/api/v1/specimens/limited").then(), 400, "INVALID_PARAMETER");
        assertProblem(asCell().queryParam("size", 5).queryParam("on", "2026-13-01").get("/api/v1/specimens/limited").then(),
                400, "INVALID_PARAMETER");
    }

    @Test
    void unknownPathIs404() {
        assertProblem(asCell().get("/api/v1/nothing-here").then(), 404, "NOT_FOUND");
    }

    @Test
    void wrongMethodIs405() {
        assertProblem(asCell().delete("/api/v1/specimens/" + UUID.randomUUID() + "/name").then(), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void unavailableRepresentationIs406() {
        assertProblem(asCell().accept("application/xml").get("/api/v1/specimens/public").then(), 406, "NOT_ACCEPTABLE");
    }

    @Test
    void unsupportedMediaTypeIs415() {
        assertProblem(asCell().contentType("text/plain").body("hello").post("/api/v1/specimens").then(), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void oversizeBodyIs413() {
        String big = VALID.replace("\"tags\": [\"a\"]", "\"tags\": [\"" + "x".repeat(70 * 1024) + "\"]");
        assertProblem(posting(big).post("/api/v1/specimens").then(), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void missingTokenIs401() {
        assertProblem(given().get("/api/v1/specimens/" + UUID.randomUUID()).then(), 401, "UNAUTHENTICATED")
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void invalidTokenIs401() {
        assertProblem(given().header("Authorization", "Bearer not.a.token").get("/api/v1/specimens/" + UUID.randomUUID()).then(),
                401, "UNAUTHENTICATED");
    }

    @Test
    void roleNotAllowedIs403() {
        assertProblem(asCell().get("/api/v1/specimens/admin-only").then(), 403, "FORBIDDEN");
    }

    @Test
    void internalErrorIs500WithAnIncidentAndNoDetails() {
        java.util.List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                logged.add(String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger mappers = java.util.logging.Logger.getLogger("vn.partydev.platform.problem.ProblemMappers");
        mappers.addHandler(capture);
        String incident;
        try {
            incident = assertProblem(asCell().get("/api/v1/specimens/failure").then(), 500, "INTERNAL_ERROR")
                    .body("instance", org.hamcrest.Matchers.startsWith("urn:uuid:"))
                    .body(not(containsString("012345678901")))
                    .body(not(containsString("Nguy")))
                    .body(not(containsString("IllegalState")))
                    .extract().path("instance");
        } finally {
            mappers.removeHandler(capture);
        }
        String log = String.join("\n", logged);
        org.hamcrest.MatcherAssert.assertThat(log, containsString(incident.substring("urn:uuid:".length())));
        org.hamcrest.MatcherAssert.assertThat(log, containsString("java.lang.IllegalStateException"));
        org.hamcrest.MatcherAssert.assertThat(log, not(containsString("012345678901")));
        org.hamcrest.MatcherAssert.assertThat(log, not(containsString("Nguy")));
    }

    @Test
    void aValueTheDatabaseCannotStoreIs400() {
        String id = SpecimenRequests.create("cell", Organisations.COMMUNE_A, "Nguyễn Văn A");
        // the rename request has no length limit; the column holds 200 characters
        assertProblem(asCell().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\": \"" + "a".repeat(201) + "\"}").put("/api/v1/specimens/" + id + "/name").then(),
                400, "VALUE_NOT_STORABLE");
    }

    @Test
    void aDuplicateTheDatabaseRefusesIs409() {
        String id = SpecimenRequests.create("cell", Organisations.COMMUNE_A, "Nguyễn Văn A");
        assertProblem(asCell().post("/api/v1/specimens/" + id + "/twin").then(), 409, "DUPLICATE")
                .body("detail", not(containsString(id)))
                .body(not(containsString("Key (")));
    }

    /** Without Content-Length (chunked), the limit is met while the body is read: still a 413 problem. */
    @Test
    void anOversizeChunkedBodyIs413() throws Exception {
        byte[] big = VALID.replace("\"tags\": [\"a\"]", "\"tags\": [\"" + "x".repeat(65 * 1024) + "\"]")
                .getBytes(StandardCharsets.UTF_8);
        var response = postChunked(big);
        assertEquals(413, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        var problem = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
        assertEquals("PAYLOAD_TOO_LARGE", problem.get("code").asText());
        assertEquals(413, problem.get("status").asInt());
        assertTrue(problem.get("detail").asText().contains("65536"), problem.toString());
    }

    @Test
    void aChunkedBodyWithinTheLimitIsAccepted() throws Exception {
        var response = postChunked(VALID.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, response.statusCode(), response.body());
    }

    private static java.net.http.HttpResponse<String> postChunked(byte[] body) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(io.restassured.RestAssured.baseURI + ":"
                        + io.restassured.RestAssured.port + "/api/v1/specimens"))
                .header("Authorization", TestTokens.bearer("cell", Organisations.COMMUNE_A))
                .header("Content-Type", "application/json")
                // a stream of unknown length is sent chunked, without Content-Length
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build();
        return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void problemsAreAnsweredEvenWhenTheClientAcceptsOnlyJson() {
        asCell().accept("application/json").get("/api/v1/specimens/" + UUID.randomUUID())
                .then().statusCode(404).contentType(org.hamcrest.Matchers.startsWith("application/problem+json"))
                .body("errors", equalTo(null)).body("$", not(hasItem("stackTrace")));
    }
}
