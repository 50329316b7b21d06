package vn.partydev.admission.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.partydev.admission.service.ImportProgress;
import vn.partydev.admission.service.ImportRecovery;
import vn.partydev.local.TestTokens;
import vn.partydev.platform.scope.OrganisationRef;

import java.sql.Connection;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * #15 item 7: an import left unfinished by a restart (its row still RECEIVED, VALIDATING or IMPORTING, nobody running
 * it) ends FAILED at start-up with a message to upload again; one that a live instance is running is left alone.
 * The restart is simulated by invoking the start-up recovery on rows left as a stopped service leaves them.
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
