package vn.partydev.candidate.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.partydev.candidate.OrganisationTree;
import vn.partydev.candidate.People;
import vn.partydev.candidate.Rows;
import vn.partydev.local.TestTokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** GET/PATCH with ETag and If-Match, the cell's list decisions and the history. */
@QuarkusTest
class CandidateRecordTest {

    private static OrganisationTree tree;

    @Inject
    AgroalDataSource dataSource;

    private Rows rows;

    @BeforeEach
    void tree() {
        rows = new Rows(dataSource);
        if (tree == null) {
            tree = OrganisationTree.announce(dataSource);
        }
    }

    private String secretary() {
        return TestTokens.bearer("cell", tree.cellA1.id());
    }

    private String nominate(String name) {
        return given().header("Authorization", secretary()).contentType(ContentType.JSON)
                .body(People.nominee(name, tree.cellA1.id())).post("/api/v1/candidates").then().statusCode(201).extract().path("id");
    }

    private io.restassured.specification.RequestSpecification asSecretary() {
        return given().header("Authorization", secretary()).contentType(ContentType.JSON);
    }

    private long events(String id, String type) {
        return rows.count("SELECT count(*) FROM outbox_event WHERE subject = ? AND type = ?", id, "vn.partydev.candidate." + type + ".v1");
    }

    @Test
    void readCarriesTheVersionAsETag() {
        String id = nominate("Đỗ Thị Lan");
        asSecretary().get("/api/v1/candidates/{id}", id).then().statusCode(200).header("ETag", "\"0\"")
                .body("person.fullName", equalTo("Đỗ Thị Lan")).body("status", equalTo("NOMINATED"));
    }

    @Test
    void patchWithoutIfMatchIs428AndChangesNothing() {
        String id = nominate("Đỗ Thị Mai");
        asSecretary().body(Map.of("person", Map.of("occupation", "FARMER"))).patch("/api/v1/candidates/{id}", id)
                .then().statusCode(428).contentType("application/problem+json");
        asSecretary().get("/api/v1/candidates/{id}", id).then().body("person.occupation", equalTo("STUDENT")).header("ETag", "\"0\"");
    }

    @Test
    void patchWithAStaleVersionIs412() {
        String id = nominate("Đỗ Thị Cúc");
        asSecretary().header("If-Match", "\"0\"").body(Map.of("person", Map.of("occupation", "FARMER")))
                .patch("/api/v1/candidates/{id}", id).then().statusCode(200).header("ETag", "\"1\"");
        asSecretary().header("If-Match", "\"0\"").body(Map.of("person", Map.of("occupation", "CIVIL_SERVANT")))
                .patch("/api/v1/candidates/{id}", id).then().statusCode(412);
        asSecretary().get("/api/v1/candidates/{id}", id).then().body("person.occupation", equalTo("FARMER"));
    }

    @Test
    void categoryChangePublishesProfileChangedAndNameChangeDoesNot() {
        String id = nominate("Đỗ Văn Trúc");
        asSecretary().header("If-Match", "\"0\"").body(Map.of("person", Map.of("fullName", "Đỗ Văn Trực")))
                .patch("/api/v1/candidates/{id}", id).then().statusCode(200).body("person.fullName", equalTo("Đỗ Văn Trực"));
        assertEquals(0, events(id, "CandidateProfileChanged"));
        asSecretary().header("If-Match", "\"1\"").body(Map.of("person", Map.of("ethnicGroup", "TAY", "professionalLevel", "MASTER")))
                .patch("/api/v1/candidates/{id}", id).then().statusCode(200).body("person.ethnicGroup", equalTo("TAY"));
        assertEquals(1, events(id, "CandidateProfileChanged"));
        String data = rows.column("SELECT data FROM outbox_event WHERE subject = ? AND type LIKE '%CandidateProfileChanged%'", id).get(0);
        assertFalse(data.contains("Trực") || data.contains("Tr\\u1ef1c"), data);
        asSecretary().get("/api/v1/candidates/{id}/history", id).then().statusCode(200)
                .body("kind", contains("NOMINATED", "PROFILE_CHANGED", "PROFILE_CHANGED"))
                .body("[1].detail", equalTo("changed: person.fullName"))
                .body("[2].detail", equalTo("changed: person.ethnicGroup, person.professionalLevel"))
                .body("actor", hasItem("test-cell"));
    }

    @Test
    void patchIsValidatedAsAWhole() {
        String id = nominate("Đỗ Văn Tài");
        // a man's century digit for a woman's record: the merged record is inconsistent
        asSecretary().header("If-Match", "\"0\"").body(Map.of("person", Map.of("gender", "MALE")))
                .patch("/api/v1/candidates/{id}", id).then().statusCode(400).body("errors.pointer", hasItem("/person/citizenId"));
        asSecretary().header("If-Match", "\"0\"").body(Map.of("person", Map.of("fullName", "x\u0000y")))
                .patch("/api/v1/candidates/{id}", id).then().statusCode(400);
        asSecretary().header("If-Match", "\"0\"").body(Map.of("status", "ADMITTED"))
                .patch("/api/v1/candidates/{id}", id).then().statusCode(400).body("errors.pointer", hasItem("/status"));
        asSecretary().header("If-Match", "\"0\"").body(Map.of("nomination", Map.of("cellId", tree.cellA2.id().toString())))
                .patch("/api/v1/candidates/{id}", id).then().statusCode(400).body("errors.pointer", hasItem("/nomination/cellId"));
        asSecretary().get("/api/v1/candidates/{id}", id).then().header("ETag", "\"0\"");
    }

    @Test
    void listingThenRemovalWithTheirEventsAndHistory() {
        String id = nominate("Đỗ Thị Hạnh");
        asSecretary().body(Map.of("resolutionDate", "2025-10-01")).post("/api/v1/candidates/{id}/listing", id)
                .then().statusCode(200).body("status", equalTo("LISTED")).body("listedOn", equalTo("2025-10-01"));
        asSecretary().body(Map.of("resolutionDate", "2025-10-02")).post("/api/v1/candidates/{id}/listing", id)
                .then().statusCode(409).body("code", equalTo("STEP_OUT_OF_ORDER"));
        asSecretary().body(Map.of("removedOn", "2025-12-01", "reason", "REQUESTED_BY_PERSON", "note", "Xin rút vì lý do gia đình"))
                .post("/api/v1/candidates/{id}/removal", id).then().statusCode(200).body("status", equalTo("REMOVED"))
                .body("removalNote", equalTo("Xin rút vì lý do gia đình"));
        asSecretary().body(Map.of("removedOn", "2025-12-02", "reason", "OTHER"))
                .post("/api/v1/candidates/{id}/removal", id).then().statusCode(409);
        assertEquals(1, events(id, "CandidateListed"));
        assertEquals(1, events(id, "CandidateRemovedFromList"));
        String removal = rows.column("SELECT data FROM outbox_event WHERE subject = ? AND type LIKE '%CandidateRemovedFromList%'", id).get(0);
        assertFalse(removal.contains("gia") || removal.contains("note"), removal);
        asSecretary().get("/api/v1/candidates/{id}/history", id).then()
                .body("kind", contains("NOMINATED", "LISTED", "REMOVED_FROM_LIST"))
                .body("occurredOn", contains("2025-09-02", "2025-10-01", "2025-12-01"));
    }

    @Test
    void listingBeforeTheNominationIs400() {
        String id = nominate("Đỗ Thị Huệ");
        asSecretary().body(Map.of("resolutionDate", "2025-09-01")).post("/api/v1/candidates/{id}/listing", id)
                .then().statusCode(400).body("errors.pointer", hasItem("/resolutionDate"));
        asSecretary().get("/api/v1/candidates/{id}", id).then().body("status", equalTo("NOMINATED"));
    }

    @Test
    void aRemovalReasonMustBeACode() {
        String id = nominate("Đỗ Thị Quế");
        asSecretary().body(Map.of("removedOn", "2025-12-01", "reason", "bored"))
                .post("/api/v1/candidates/{id}/removal", id).then().statusCode(400);
        asSecretary().get("/api/v1/candidates/{id}", id).then().body("status", equalTo("NOMINATED"));
    }

    @Test
    void theOpenApiDocumentListsTheCodes() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("HOA_HAO_BUDDHISM")).body(containsString("RO_MAM"))
                .body(containsString("VETERANS_ASSOCIATION")).body(containsString("/api/v1/candidates/{id}/trial-tasks"));
    }
}
