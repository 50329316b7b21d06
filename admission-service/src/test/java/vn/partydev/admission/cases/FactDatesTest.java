package vn.partydev.admission.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import vn.partydev.local.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * A fact date (a vote, a decision, a rejection) is an ISO-8601 date on or before today: {@code 20260101} is not read
 * as 20,260,101 days after 1970, and the year 57440 is in the future. Checked before the case is even looked up.
 */
@QuarkusTest
class FactDatesTest {

    private static ValidatableResponse post(String path, String body) {
        return given().header("Authorization", TestTokens.bearer("organiser", CaseFixtures.ROOT)).contentType(ContentType.JSON)
                .body(body).post("/api/v1/admission-cases/" + UUID.randomUUID() + path).then()
                .contentType("application/problem+json");
    }

    @Test
    void aRejectionDatedByANumberIsRefused() {
        post("/rejection", "{\"on\": 20260101, \"reason\": \"x\"}").statusCode(400)
                .body("code", equalTo("INVALID_VALUE")).body("errors[0].pointer", equalTo("/on"));
    }

    @Test
    void aRejectionInTheYear57440IsInTheFuture() {
        post("/rejection", "{\"on\": \"+57440-04-10\", \"reason\": \"x\"}").statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors[0].pointer", equalTo("/on"));
    }

    @Test
    void aCellVoteAndADecisionInTheFutureAreRefused() {
        post("/cell-votes", "{\"votedOn\": \"+57440-04-10\", \"yes\": 7, \"no\": 0, \"resolution\": \"ADOPTED\"}").statusCode(400)
                .body("errors.pointer", org.hamcrest.Matchers.hasItem("/votedOn"));
        post("/decision", "{\"decidedOn\": \"2999-01-01\"}").statusCode(400)
                .body("errors[0].pointer", equalTo("/decidedOn"));
    }
}
