package vn.partydev.platform.testapp;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.partydev.local.TestTokens;
import vn.partydev.platform.SqlValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
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
    void anIdempotentPostCommitsOnceClaimAnswerAndStateChangeTogether() throws Exception {
        String key = UUID.randomUUID().toString();
        String before = walPosition();
        as("cell", COMMUNE_A).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body("Bùi Thị Xuân k" + key.substring(0, 8), COMMUNE_A)).post("/api/v1/specimen-commands")
                .then().statusCode(201);
        String after = walPosition();
        await().atMost(Duration.ofSeconds(10)).until(() -> flushedTo(after));
        // every transaction that wrote the key's record or a specimen in between, read from the WAL: the claim (formerly
        // a transaction of its own), the specimen and the answer are one transaction, committed once
        assertEquals(new WalWrites(1, 1), walWrites(before, after));
    }

    @Test
    void concurrentRequestsWithTheSameKeyCreateOnceAndAnswerItOrInProgress() throws Exception {
        String marker = "k" + UUID.randomUUID().toString().substring(0, 8);
        String key = UUID.randomUUID().toString();
        String body = body("Bùi Thị Xuân " + marker, COMMUNE_A);
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(clients.submit(() -> post(key, body)));
            }
            Set<String> ids = new HashSet<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get(60, TimeUnit.SECONDS);
                if (response.statusCode() == 409) {
                    assertProblem(response.then(), 409, "IDEMPOTENCY_REQUEST_IN_PROGRESS");
                } else {
                    response.then().statusCode(201);
                    ids.add(response.jsonPath().getString("id"));
                }
            }
            assertEquals(1, ids.size(), "every 201 names the one specimen");
        } finally {
            clients.shutdownNow();
        }
        assertEquals(1, countNamed(marker));
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

    private String walPosition() throws Exception {
        return SqlValue.of(dataSource, String.class, "SELECT pg_current_wal_insert_lsn()::text");
    }

    private boolean flushedTo(String position) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT pg_current_wal_flush_lsn() >= ?::pg_lsn")) {
            query.setString(1, position);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    private WalWrites walWrites(String from, String to) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE EXTENSION IF NOT EXISTS pg_walinspect");
            }
            try (PreparedStatement query = connection.prepareStatement("""
                    WITH written AS (
                        SELECT DISTINCT xid::text AS xid FROM pg_get_wal_block_info(?::pg_lsn, ?::pg_lsn, false)
                        WHERE reldatabase = (SELECT oid FROM pg_database WHERE datname = current_database())
                          AND relfilenode IN (pg_relation_filenode('idempotency_record'), pg_relation_filenode('specimen')))
                    SELECT (SELECT count(*) FROM written),
                           (SELECT count(*) FROM pg_get_wal_records_info(?::pg_lsn, ?::pg_lsn)
                            WHERE resource_manager = 'Transaction' AND record_type = 'COMMIT'
                              AND xid::text IN (SELECT xid FROM written))""")) {
                query.setString(1, from);
                query.setString(2, to);
                query.setString(3, from);
                query.setString(4, to);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return new WalWrites(row.getLong(1), row.getLong(2));
                }
            }
        }
    }

    /** Transactions that wrote, and their commit records. */
    private record WalWrites(long transactions, long commits) {
    }

    @Test
    void aRefusedRequestIsReplayedToo() {
        String key = UUID.randomUUID().toString();
        String invalid = body("Lý Tự Trọng", COMMUNE_A).replace("001099012345", "123");
        assertProblem(post(key, invalid).then(), 400, "VALIDATION_FAILED");
        assertProblem(post(key, invalid).then(), 400, "VALIDATION_FAILED").header("Idempotency-Replayed", "true");
    }
}
