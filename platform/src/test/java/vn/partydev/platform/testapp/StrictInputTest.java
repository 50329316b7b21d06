package vn.partydev.platform.testapp;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partydev.platform.testapp.ProblemAssertions.assertProblem;

/** Nothing a client sends is guessed at: dates only as ISO-8601 text, no scalar coerced into another, strict parameters. */
@QuarkusTest
class StrictInputTest {

    private static final String VALID = ProblemDetailsTest.VALID;

    private static RequestSpecification asCell() {
        return ProblemDetailsTest.asCell();
    }

    /** Citizen ids of this test's own requests, so that "nothing written" counts only their rows. */
    private static final java.util.concurrent.atomic.AtomicLong CITIZEN_IDS =
            new java.util.concurrent.atomic.AtomicLong(900_000_000_000L + System.nanoTime() % 90_000_000_000L);

    private static void rejected(String body, String code, String pointer) {
        String citizenId = Long.toString(CITIZEN_IDS.incrementAndGet());
        String own = body.replace("\"001099012345\"", "\"" + citizenId + "\"");
        long before = Specimen.count("citizenId", citizenId);
        assertProblem(asCell().contentType(ContentType.JSON).body(own).post("/api/v1/specimens").then(), 400, code)
                .body("errors[0].pointer", equalTo(pointer));
        assertEquals(before, Specimen.count("citizenId", citizenId), "a rejected request wrote nothing");
    }

    @Test
    void aNumberForADateIs400NotTheYear57440() {
        rejected(VALID.replace("\"2026-02-16\"", "20260101"), "INVALID_VALUE", "/observedOn");
    }

    @Test
    void anArrayOrAnEmptyStringForADateIs400() {
        rejected(VALID.replace("\"2026-02-16\"", "[2026, 2, 16]"), "INVALID_VALUE", "/observedOn");
        rejected(VALID.replace("\"2026-02-16\"", "\"\""), "INVALID_VALUE", "/observedOn");
        rejected(VALID.replace("\"2026-02-16\"", "1.5"), "INVALID_VALUE", "/observedOn");
    }

    @Test
    void anIsoDateIsStillRead() {
        asCell().contentType(ContentType.JSON).body(VALID.replace("\"2026-02-16\"", "\"2025-12-31\""))
                .post("/api/v1/specimens").then().statusCode(201);
    }

    @Test
    void aNumberOrABooleanForAStringIs400() {
        rejected(VALID.replace("\"Nguyễn Văn A\"", "12345"), "INVALID_VALUE", "/person/name");
        rejected(VALID.replace("\"Nguyễn Văn A\"", "1.5"), "INVALID_VALUE", "/person/name");
        rejected(VALID.replace("\"Nguyễn Văn A\"", "true"), "INVALID_VALUE", "/person/name");
        rejected(VALID.replace("[\"a\"]", "[7]"), "INVALID_VALUE", "/tags/0");
    }

    @Test
    void anEmptyStringOrABooleanForANumberEnumOrUuidIs400() {
        rejected(VALID.replace("\"copies\": 2", "\"copies\": \"\""), "INVALID_VALUE", "/copies");
        rejected(VALID.replace("\"copies\": 2", "\"copies\": true"), "INVALID_VALUE", "/copies");
        rejected(VALID.replace("\"ORDINARY\"", "\"\""), "INVALID_VALUE", "/kind");
        rejected(VALID.replace("\"20000000-0000-0000-0000-00000000000a\"", "\"\""), "INVALID_VALUE", "/organisationId");
    }

    @Test
    void aBodyWithoutContentTypeIs415() {
        String citizenId = Long.toString(CITIZEN_IDS.incrementAndGet());
        String own = VALID.replace("\"001099012345\"", "\"" + citizenId + "\"");
        long before = Specimen.count("citizenId", citizenId);
        assertProblem(asCell().body(own.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/specimens").then(),
                415, "UNSUPPORTED_MEDIA_TYPE");
        assertEquals(before, Specimen.count("citizenId", citizenId));
    }

    @Test
    void aBooleanParameterAcceptsOnlyTrueOrFalse() {
        asCell().queryParam("size", 5).queryParam("overdue", "true").get("/api/v1/specimens/limited")
                .then().statusCode(200).body("overdue", equalTo("true"));
        asCell().queryParam("size", 5).get("/api/v1/specimens/limited")
                .then().statusCode(200).body("overdue", equalTo("null")).body("all", equalTo(false));
        assertProblem(asCell().queryParam("size", 5).queryParam("all", "0").get("/api/v1/specimens/limited").then(),
                400, "INVALID_PARAMETER")
                .body("errors[0].parameter", equalTo("all"));
        assertProblem(asCell().queryParam("size", 5).queryParam("overdue", "abc").get("/api/v1/specimens/limited").then(),
                400, "INVALID_PARAMETER")
                .body("errors[0].parameter", equalTo("overdue"))
                .body("errors[0].detail", equalTo("expected true or false"));
    }

    @Test
    void fullWidthDigitsAreNotANumber() {
        assertProblem(asCell().queryParam("size", "１０").get("/api/v1/specimens/limited").then(), 400, "INVALID_PARAMETER")
                .body("errors[0].parameter", equalTo("size"));
        assertProblem(asCell().queryParam("size", 5).queryParam("since", "+5").get("/api/v1/specimens/limited").then(),
                400, "INVALID_PARAMETER")
                .body("errors[0].parameter", equalTo("since"));
        assertProblem(asCell().queryParam("size", "99999999999").get("/api/v1/specimens/limited").then(), 400, "INVALID_PARAMETER")
                .body("errors[0].parameter", equalTo("size"));
    }

    @Test
    void aMalformedDateOrUuidParameterIsNamed() {
        assertProblem(asCell().queryParam("size", 5).queryParam("on", "20260101").get("/api/v1/specimens/limited").then(),
                400, "INVALID_PARAMETER")
                .body("errors[0].parameter", equalTo("on"));
        assertProblem(asCell().get("/api/v1/specimens/1-1-1-1-1").then(), 400, "INVALID_PARAMETER")
                .body("errors[0].parameter", equalTo("id"));
        asCell().get("/api/v1/specimens/" + UUID.randomUUID()).then().statusCode(404);
    }
}
