package vn.partydev.platform.testapp;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.partydev.local.TestTokens;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.partydev.platform.testapp.Organisations.COMMUNE_A;
import static vn.partydev.platform.testapp.ProblemAssertions.assertProblem;
import static vn.partydev.platform.testapp.SpecimenRequests.as;
import static vn.partydev.platform.testapp.SpecimenRequests.body;

/** A creating POST retried with the same Idempotency-Key answers the first answer and creates nothing more. */
@QuarkusTest
class IdempotencyTest {

    @Inject
    AgroalDataSource dataSource;

    private static Response post(String key, String body) {
        return as("cell", COMMUNE_A).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/specimens");
    }

    private static int countNamed(String marker) {
        return as("cell", COMMUNE_A).queryParam("q", marker).get("/api/v1/specimens")
                .then().statusCode(200).extract().path("items.size()");
    }

    @Test
    void theSameKeyReplaysTheFirstAnswer() {
        String marker = "k" + UUID.randomUUID().toString().substring(0, 8);
        String key = UUID.randomUUID().toString();
        Response first = post(key, body("Bùi Thị Xuân " + marker, COMMUNE_A));
        first.then().statusCode(201);
        assertNull(first.header("Idempotency-Replayed"));
        Response retry = post(key, body("Bùi Thị Xuân " + marker, COMMUNE_A));
        retry.then().statusCode(201).header("Idempotency-Replayed", "true").contentType(ContentType.JSON);
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        assertEquals(first.jsonPath().getString("id"), retry.jsonPath().getString("id"));
        assertEquals(first.jsonPath().getString("createdAt"), retry.jsonPath().getString("createdAt"));
        assertEquals(1, countNamed(marker));
    }

    @Test
    void theAnswerCommitsWithTheCommandSoACrashBeforeAnsweringCannotLetARetryActTwice() {
        String marker = "k" + UUID.randomUUID().toString().substring(0, 8);
        Response first = post(UUID.randomUUID().toString(), body("Bùi Thị Xuân " + marker, COMMUNE_A));
        first.then().statusCode(201);
        // at the commit, before the answer was sent, the stored answer was already there for a retry to replay
        assertEquals(201, AnswersAtCommit.STATUS_AT_COMMIT.get(UUID.fromString(first.jsonPath().getString("id"))));
    }

    @Test
    void theAnswerCommitsWithAUseCasesOwnTransactionAsInTheServices() {
        String marker = "k" + UUID.randomUUID().toString().substring(0, 8);
        String key = UUID.randomUUID().toString();
        // the resource method is not @Transactional, the use case is (as in the four services)
        Response first = as("cell", COMMUNE_A).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body("Bùi Thị Xuân " + marker, COMMUNE_A)).post("/api/v1/specimen-commands");
        first.then().statusCode(201);
        assertEquals(201, AnswersAtCommit.STATUS_AT_COMMIT.get(UUID.fromString(first.jsonPath().getString("id"))));
        as("cell", COMMUNE_A).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body("Bùi Thị Xuân " + marker, COMMUNE_A)).post("/api/v1/specimen-commands")
                .then().statusCode(201).header("Idempotency-Replayed", "true").body("id", equalTo(first.jsonPath().getString("id")));
        assertEquals(1, countNamed(marker));
    }

    @Test
    void theAnswerIsWrittenOnlyByTheCommandsTransactionNotAgainAfterIt() throws Exception {
        String key = UUID.randomUUID().toString();
        Response first = as("cell", COMMUNE_A).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body("Bùi Thị Xuân k" + key.substring(0, 8), COMMUNE_A)).post("/api/v1/specimen-commands");
        first.then().statusCode(201);
        // the same transaction wrote the specimen and last wrote the record: no second commit stored the answer again
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT (SELECT xmin::text FROM idempotency_record"
                     + " WHERE idempotency_key = ?), (SELECT xmin::text FROM specimen WHERE id = ?)")) {
            query.setString(1, key);
            query.setObject(2, UUID.fromString(first.jsonPath().getString("id")));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertEquals(row.getString(2), row.getString(1));
            }
        }
    }

    @Test
    void withoutAKeyNothingIsStored() {
        String marker = "k" + UUID.randomUUID().toString().substring(0, 8);
        Response created = as("cell", COMMUNE_A).contentType(ContentType.JSON).body(body("Bùi Thị Xuân " + marker, COMMUNE_A))
                .post("/api/v1/specimens");
        created.then().statusCode(201);
        assertEquals(0, AnswersAtCommit.STATUS_AT_COMMIT.get(UUID.fromString(created.jsonPath().getString("id"))));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String marker = "k" + UUID.randomUUID().toString().substring(0, 8);
        String key = UUID.randomUUID().toString();
        post(key, body("Bùi Thị Xuân " + marker, COMMUNE_A)).then().statusCode(201);
        assertProblem(post(key, body("Bùi Thị Thu " + marker, COMMUNE_A)).then(), 422, "IDEMPOTENCY_KEY_REUSED")
                .body("type", equalTo("https://partydev.vn/problems/idempotency-key-reused"));
        assertEquals(1, countNamed(marker));
    }

    @Test
    void keysArePerCaller() {
        String marker = "k" + UUID.randomUUID().toString().substring(0, 8);
        String key = UUID.randomUUID().toString();
        String first = post(key, body("Lý Tự Trọng " + marker, COMMUNE_A)).then().statusCode(201).extract().path("id");
        String other = given().header("Authorization", "Bearer " + TestTokens.token("another-secretary", "cell", COMMUNE_A))
                .contentType(ContentType.JSON).header("Idempotency-Key", key).body(body("Lý Tự Trọng " + marker, COMMUNE_A))
                .post("/api/v1/specimens").then().statusCode(201).header("Idempotency-Replayed", (String) null)
                .extract().path("id");
        assertNotEquals(first, other);
        assertEquals(2, countNamed(marker));
    }

    @Test
    void withoutAKeyEveryRequestCreates() {
        String marker = "k" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 2; i++) {
            as("cell", COMMUNE_A).contentType(ContentType.JSON).body(body("Lý Tự Trọng " + marker, COMMUNE_A))
                    .post("/api/v1/specimens").then().statusCode(201);
        }
        assertEquals(2, countNamed(marker));
    }

    @Test
    void aMalformedKeyIs400() {
        assertProblem(post("x".repeat(256), body("Lý Tự Trọng", COMMUNE_A)).then(), 400, "INVALID_IDEMPOTENCY_KEY");
    }

    @Test
    void aRefusedRequestIsReplayedToo() {
        String key = UUID.randomUUID().toString();
        String invalid = body("Lý Tự Trọng", COMMUNE_A).replace("001099012345", "123");
        assertProblem(post(key, invalid).then(), 400, "VALIDATION_FAILED");
        assertProblem(post(key, invalid).then(), 400, "VALIDATION_FAILED").header("Idempotency-Replayed", "true");
    }
}
