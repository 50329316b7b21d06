package vn.partydev.platform.testapp;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.equalTo;
import static vn.partydev.platform.testapp.Organisations.COMMUNE_A;
import static vn.partydev.platform.testapp.ProblemAssertions.assertProblem;
import static vn.partydev.platform.testapp.SpecimenRequests.as;
import static vn.partydev.platform.testapp.SpecimenRequests.create;

/** Changes need If-Match with the current ETag: 428 without it, 412 with a stale one. */
@QuarkusTest
class PreconditionsTest {

    private static final String RENAME = "{\"name\": \"Phạm Ngọc Thạch\"}";

    @Test
    void readsCarryTheVersionAsETag() {
        String id = create("cell", COMMUNE_A, "Võ Thị Sáu");
        as("cell", COMMUNE_A).get("/api/v1/specimens/" + id).then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void missingIfMatchIs428() {
        String id = create("cell", COMMUNE_A, "Võ Thị Sáu");
        assertProblem(as("cell", COMMUNE_A).contentType(ContentType.JSON).body(RENAME)
                .put("/api/v1/specimens/" + id + "/name").then(), 428, "IF_MATCH_REQUIRED")
                .body("type", equalTo("https://partydev.vn/problems/precondition-required"));
    }

    @Test
    void staleIfMatchIs412AndChangesNothing() {
        String id = create("cell", COMMUNE_A, "Võ Thị Sáu");
        assertProblem(as("cell", COMMUNE_A).contentType(ContentType.JSON).body(RENAME).header("If-Match", "\"7\"")
                .put("/api/v1/specimens/" + id + "/name").then(), 412, "STALE_VERSION")
                .body("type", equalTo("https://partydev.vn/problems/precondition-failed"));
        as("cell", COMMUNE_A).get("/api/v1/specimens/" + id).then().body("name", equalTo("Võ Thị Sáu")).header("ETag", "\"0\"");
    }

    @Test
    void weakTagDoesNotMatch() {
        String id = create("cell", COMMUNE_A, "Võ Thị Sáu");
        assertProblem(as("cell", COMMUNE_A).contentType(ContentType.JSON).body(RENAME).header("If-Match", "W/\"0\"")
                .put("/api/v1/specimens/" + id + "/name").then(), 412, "STALE_VERSION");
    }

    @Test
    void currentIfMatchChangesAndTheOldTagBecomesStale() {
        String id = create("cell", COMMUNE_A, "Võ Thị Sáu");
        as("cell", COMMUNE_A).contentType(ContentType.JSON).body(RENAME).header("If-Match", "\"0\"")
                .put("/api/v1/specimens/" + id + "/name").then().statusCode(200)
                .header("ETag", "\"1\"").body("name", equalTo("Phạm Ngọc Thạch"));
        assertProblem(as("cell", COMMUNE_A).contentType(ContentType.JSON).body(RENAME).header("If-Match", "\"0\"")
                .put("/api/v1/specimens/" + id + "/name").then(), 412, "STALE_VERSION");
    }
}
