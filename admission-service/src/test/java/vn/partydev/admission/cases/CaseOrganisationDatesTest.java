package vn.partydev.admission.cases;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.partydev.platform.codes.OrganisationKind;

import io.restassured.http.ContentType;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partydev.admission.cases.CaseFixtures.cellVote;
import static vn.partydev.admission.cases.CaseFixtures.post;

/**
 * R-ORG-1 for the procedure: a case cannot be opened in a cell before the cell was founded, nor can the cell vote once it
 * was retired.
 */
@QuarkusTest
class CaseOrganisationDatesTest {

    @Inject
    CaseFixtures fixtures;

    @Test
    void aCaseOpenedTheDayBeforeTheCellWasFoundedIsRefusedOnTheDayOpened() throws Exception {
        var tree = fixtures.tree(false);
        UUID cell = fixtures.organisation(tree.commune(), OrganisationKind.CELL, false, LocalDate.of(2025, 1, 6));
        UUID candidate = fixtures.listedAdult(cell);
        post(tree.commune(), "/api/v1/admission-cases", Map.of("candidateId", candidate, "openedOn", "2025-01-05", "birthDate", "1995-04-01"))
                .statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("R-ORG-1"));
        assertEquals(0, fixtures.count("SELECT count(*) FROM admission_case WHERE candidate_id = ?", candidate));
        assertEquals(0, fixtures.count("SELECT count(*) FROM outbox_event WHERE subject = ?", candidate.toString()));
        post(tree.commune(), "/api/v1/admission-cases", Map.of("candidateId", candidate, "openedOn", "2025-01-06", "birthDate", "1995-04-01"))
                .statusCode(201).body("openedOn", equalTo("2025-01-06"));
    }

    @Test
    void aCellVoteOnTheDayTheCellWasRetiredIsRefusedAndTheDayBeforeAccepted() throws Exception {
        var tree = fixtures.tree(false);
        var ready = fixtures.caseReadyForCellVote(tree.commune(), tree.cell(), fixtures.officialMembers(tree.cell(), 7), "2025-01-06");
        UUID caseId = ready.caseId();
        UUID candidate = ready.candidate();
        // merged into a successor on 3 March 2025: its members move there, the open case stays with the retired cell
        UUID successor = fixtures.organisation(tree.commune(), OrganisationKind.CELL, false);
        String version = given().header("Authorization", CaseFixtures.organiser(tree.commune()))
                .get("/api/v1/organisations/" + tree.cell()).then().statusCode(200).extract().header("ETag");
        given().header("Authorization", CaseFixtures.organiser(tree.commune())).header("If-Match", version).contentType(ContentType.JSON)
                .body(Map.of("date", "2025-03-03", "successorId", successor)).post("/api/v1/organisations/" + tree.cell() + "/retirement")
                .then().statusCode(200).body("validTo", equalTo("2025-03-03"));
        String before = fixtures.footprint(caseId, candidate);

        post(tree.commune(), "/api/v1/admission-cases/" + caseId + "/cell-votes", cellVote("2025-03-03", 6, 1, "ADOPTED"))
                .statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("R-ORG-1"))
                .body("detail", containsString("retired on 2025-03-03"));
        post(tree.commune(), "/api/v1/admission-cases/" + caseId + "/cell-votes", cellVote("2025-03-04", 6, 1, "ADOPTED"))
                .statusCode(422).body("code", equalTo("R-ORG-1"));
        assertEquals(before, fixtures.footprint(caseId, candidate), "nothing written by the refused votes");

        post(tree.commune(), "/api/v1/admission-cases/" + caseId + "/cell-votes", cellVote("2025-03-02", 6, 1, "ADOPTED"))
                .statusCode(200).body("state", equalTo("CELL_ADOPTED"));
    }
}
