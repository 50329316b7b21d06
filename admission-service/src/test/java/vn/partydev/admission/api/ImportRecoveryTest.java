package vn.partydev.admission.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.partydev.admission.Fixtures;
import vn.partydev.admission.service.ImportFiles;
import vn.partydev.admission.service.ImportProgress;
import vn.partydev.admission.service.ImportRecovery;
import vn.partydev.local.TestTokens;
import vn.partydev.platform.scope.OrganisationRef;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * #15 item 7: an import left unfinished by a restart (its row still RECEIVED, VALIDATING or IMPORTING, nobody running
 * it) ends FAILED at start-up with a message to upload again; one that a live instance is running is left alone.
 * The restart is simulated by invoking the start-up recovery on rows left as a stopped service leaves them, and by
 * ending the database session of a real import held mid-way.
 */
@QuarkusTest
class ImportRecoveryTest {

    private static final String ROOT_PATH = "/" + OrganisationRef.NATIONAL_ROOT_ID + "/";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ImportRecovery recovery;
    @Inject
    ImportProgress progress;
    @Inject
    ImportFiles files;

    @Test
    void importsLeftRunningByARestartEndFailedWithAMessageToUploadAgain() throws Exception {
        UUID importing = unfinished("IMPORTING");
        UUID received = unfinished("RECEIVED");
        recovery.failInterrupted();
        for (UUID id : new UUID[]{importing, received}) {
            given().header("Authorization", TestTokens.bearer("admin", OrganisationRef.NATIONAL_ROOT_ID))
                    .get("/api/v1/imports/" + id).then().statusCode(200)
                    .body("state", equalTo("FAILED"))
                    .body("errorCount", equalTo(1))
                    .body("rowsImported", equalTo(0))
                    .body("errors[0].detail", containsString("Upload the file again"));
        }
        // the worker of the old process can no longer start it
        assertFalse(progress.claim(received));
    }

    @Test
    void theStoredFileOfAnImportEndedByTheRecoveryIsDeleted() throws Exception {
        UUID interrupted = unfinished("IMPORTING");
        Path file = files.store(interrupted, new ByteArrayInputStream("so_cccd\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("import-" + interrupted + ".csv", file.getFileName().toString());
        assertTrue(Files.exists(file));
        recovery.failInterrupted();
        assertFalse(Files.exists(file), "no orphan file left in the work directory");
    }

    /** The recovery's retries after start-up never touch an import this instance received after it started. */
    @Test
    void anImportReceivedAfterTheStartIsLeftToThisInstance() throws Exception {
        OffsetDateTime started = OffsetDateTime.now().minusSeconds(5);
        UUID queued = unfinished("RECEIVED");
        recovery.failInterrupted(started);
        given().header("Authorization", TestTokens.bearer("admin", OrganisationRef.NATIONAL_ROOT_ID))
                .get("/api/v1/imports/" + queued).then().statusCode(200).body("state", equalTo("RECEIVED"));
        recovery.failInterrupted();
    }

    @Test
    void anImportThatALiveInstanceIsRunningIsLeftAlone() throws Exception {
        UUID running = unfinished("VALIDATING");
        try (Connection live = dataSource.getConnection()) {
            live.setAutoCommit(false);
            try (var lock = live.prepareStatement("SELECT pg_advisory_xact_lock(5151, hashtext(?))")) {
                lock.setString(1, running.toString());
                lock.execute();
            }
            recovery.failInterrupted();
            given().header("Authorization", TestTokens.bearer("admin", OrganisationRef.NATIONAL_ROOT_ID))
                    .get("/api/v1/imports/" + running).then().statusCode(200).body("state", equalTo("VALIDATING"));
            live.rollback();
        }
        recovery.failInterrupted();
        given().header("Authorization", TestTokens.bearer("admin", OrganisationRef.NATIONAL_ROOT_ID))
                .get("/api/v1/imports/" + running).then().statusCode(200).body("state", equalTo("FAILED"));
    }

    /**
     * A real import, held mid-way (its INSERT waits for a lock the test holds on the cell): it is IMPORTING and holds its
     * advisory lock, so the start-up recovery of another instance leaves it alone; then its database session ends as a
     * stopped process's does (PostgreSQL rolls its transaction back): it ends FAILED, nothing of it written.
     */
    @Test
    void anImportStoppedMidwayEndsFailedWithNothingWritten() throws Exception {
        UUID cell = Fixtures.provinceCommuneCell()[2];
        String admin = TestTokens.bearer("admin", OrganisationRef.NATIONAL_ROOT_ID);
        String cellCode = given().header("Authorization", admin).get("/api/v1/organisations/" + cell).then().extract().path("organisation.code");
        String[] citizens = {Fixtures.citizenId(), Fixtures.citizenId()};
        String file = "so_cccd,ho_ten,ngay_sinh,gioi_tinh,dan_toc,ton_giao,trinh_do_pho_thong,trinh_do_chuyen_mon,nghe_nghiep,"
                + "ma_chi_bo,trang_thai,ngay_vao_dang,ngay_chinh_thuc\n"
                + citizens[0] + ",Nguyễn Văn Dừng,1980-01-02,MALE,KINH,NONE,UPPER_SECONDARY,UNIVERSITY,CIVIL_SERVANT," + cellCode + ",OFFICIAL,2005-03-26,2006-03-26\n"
                + citizens[1] + ",Trần Thị Giữa,1981-01-02,FEMALE,KINH,NONE,UPPER_SECONDARY,UNIVERSITY,CIVIL_SERVANT," + cellCode + ",OFFICIAL,2005-03-26,2006-03-26\n";
        String path;
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (var lock = blocker.prepareStatement("SELECT id FROM organisation WHERE id = ? FOR UPDATE")) {
                lock.setObject(1, cell);
                lock.execute();
            }
            String location = given().header("Authorization", admin).contentType("text/csv; charset=UTF-8").queryParam("kind", "members")
                    .body(file.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports").then().statusCode(202).extract().header("Location");
            path = location.substring(location.indexOf("/api/"));
            await().atMost(Duration.ofSeconds(30)).until(() -> "IMPORTING".equals(state(admin, path)) && importWaiting() != null);

            recovery.failInterrupted();
            assertEquals("IMPORTING", state(admin, path), "a running import is left to its instance");

            try (var stop = blocker.prepareStatement("SELECT pg_terminate_backend(?)")) {
                stop.setInt(1, importWaiting());
                stop.execute();
            }
            blocker.rollback();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(state(admin, path)));
        recovery.failInterrupted();
        given().header("Authorization", admin).get(path).then().statusCode(200)
                .body("state", equalTo("FAILED")).body("rowsImported", equalTo(0))
                .body("errors[0].detail", containsString("nothing was imported"));
        try (Connection connection = dataSource.getConnection();
             var count = connection.prepareStatement("SELECT count(*) FROM member WHERE citizen_id IN (?, ?)")) {
            count.setString(1, citizens[0]);
            count.setString(2, citizens[1]);
            try (var rows = count.executeQuery()) {
                rows.next();
                assertEquals(0, rows.getInt(1));
            }
        }
    }

    private static String state(String token, String path) {
        return given().header("Authorization", token).get(path).then().statusCode(200).extract().path("state");
    }

    /** The session of the import whose INSERT into member waits for a lock, or null. */
    private Integer importWaiting() throws Exception {
        try (Connection connection = dataSource.getConnection();
             var rows = connection.createStatement().executeQuery("SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                     + " AND query LIKE 'WITH inserted AS ( INSERT INTO member %'")) {
            return rows.next() ? rows.getInt(1) : null;
        }
    }

    /** An import row as a stopped service leaves it. */
    private UUID unfinished(String state) throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
             var insert = connection.prepareStatement("INSERT INTO bulk_import (id, kind, state, organisation_path,"
                     + " requested_by, rows_read, created_at) VALUES (?, 'MEMBERS', ?, ?, 'test', 1200, now())")) {
            insert.setObject(1, id);
            insert.setString(2, state);
            insert.setString(3, ROOT_PATH);
            insert.executeUpdate();
        }
        return id;
    }
}
