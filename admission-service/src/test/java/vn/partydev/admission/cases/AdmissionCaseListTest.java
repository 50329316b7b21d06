package vn.partydev.admission.cases;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.partydev.local.TestTokens;
import vn.partydev.platform.codes.OrganisationKind;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.partydev.admission.cases.CaseFixtures.cellVote;
import static vn.partydev.admission.cases.CaseFixtures.post;

/** GET /api/v1/admission-cases: the cases a cell secretary works on, in keyset pages, filtered, within the caller's subtree. */
@QuarkusTest
class AdmissionCaseListTest {

    @Inject
    CaseFixtures fixtures;
    @Inject
    Clock clock;

    @Test
    void listsTheSubtreesCasesByOpeningDateInPages() {
        var tree = fixtures.tree(false);
        UUID first = openCase(tree.cell(), tree.commune(), "2025-03-01");
        UUID second = openCase(tree.cell(), tree.commune(), "2025-03-02");
        UUID third = openCase(tree.cell(), tree.commune(), "2025-03-03");
        String viewer = TestTokens.bearer("viewer", tree.commune());

        String next = given().header("Authorization", viewer).queryParam("cellId", tree.cell()).queryParam("limit", 2)
                .get("/api/v1/admission-cases").then().statusCode(200)
                .header("Link", startsWith("<"))
                .body("items.id", contains(first.toString(), second.toString()))
                .body("items[0].state", equalTo("OPENED"))
                .body("items[0].openedOn", equalTo("2025-03-01"))
                .extract().path("nextCursor");
        given().header("Authorization", viewer).queryParam("cellId", tree.cell()).queryParam("limit", 2).queryParam("cursor", next)
                .get("/api/v1/admission-cases").then().statusCode(200)
                .body("items.id", contains(third.toString()))
                .body("nextCursor", nullValue());
    }

    @Test
    void filtersByStateCandidateAndOverdue() {
        var tree = fixtures.tree(false);
        List<UUID> members = fixtures.officialMembers(tree.cell(), 7);
        UUID opened = openCase(tree.cell(), tree.commune(), "2025-03-01");
        UUID candidate = fixtures.listedAdult(tree.cell());
        // adopted by the cell long ago: its decision (R-SLA-1) is overdue by the service's clock
        LocalDate votedOn = LocalDate.now(clock).minusYears(1);
        UUID adopted = CaseFixtures.open(tree.commune(), candidate, votedOn.minusDays(10).toString());
        CaseFixtures.readyForCellVote(tree.commune(), adopted, members.get(0), members.get(1), votedOn.minusDays(10).toString());
        post(tree.commune(), "/api/v1/admission-cases/" + adopted + "/cell-votes", cellVote(votedOn.toString(), 6, 1, "ADOPTED"))
                .statusCode(200);
        String viewer = TestTokens.bearer("viewer", tree.commune());

        given().header("Authorization", viewer).queryParam("cellId", tree.cell()).queryParam("state", "CELL_ADOPTED")
                .get("/api/v1/admission-cases").then().statusCode(200)
                .body("items.id", contains(adopted.toString()))
                .body("items[0].nextDueRule", equalTo("R-SLA-1"))
                .body("items[0].overdue", equalTo(true));
        given().header("Authorization", viewer).queryParam("candidateId", candidate)
                .get("/api/v1/admission-cases").then().statusCode(200)
                .body("items.id", contains(adopted.toString()));
        given().header("Authorization", viewer).queryParam("cellId", tree.cell()).queryParam("overdue", true)
                .get("/api/v1/admission-cases").then().statusCode(200)
                .body("items.id", contains(adopted.toString()));
        given().header("Authorization", viewer).queryParam("cellId", tree.cell()).queryParam("overdue", false)
                .get("/api/v1/admission-cases").then().statusCode(200)
                .body("items.id", contains(opened.toString()));
        given().header("Authorization", viewer).queryParam("state", "NOT_A_STATE")
                .get("/api/v1/admission-cases").then().statusCode(400);
    }

    @Test
    void anotherCommuneSeesNoneOfTheCasesAndCannotNameTheCell() {
        var tree = fixtures.tree(false);
        UUID otherCommune = fixtures.organisation(tree.province(), OrganisationKind.COMMUNE, true);
        UUID candidate = fixtures.listedAdult(tree.cell());
        UUID caseId = CaseFixtures.open(tree.commune(), candidate, "2025-03-01");
        String outsider = TestTokens.bearer("viewer", otherCommune);

        given().header("Authorization", outsider).get("/api/v1/admission-cases").then().statusCode(200)
                .body("items", hasSize(0));
        given().header("Authorization", outsider).queryParam("candidateId", candidate).get("/api/v1/admission-cases")
                .then().statusCode(200).body("items", hasSize(0));
        given().header("Authorization", outsider).queryParam("cellId", tree.cell()).get("/api/v1/admission-cases")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        // the province above sees it
        given().header("Authorization", TestTokens.bearer("viewer", tree.province())).queryParam("cellId", tree.cell())
                .get("/api/v1/admission-cases").then().statusCode(200).body("items.id", contains(caseId.toString()));
    }

    private UUID openCase(UUID cell, UUID commune, String openedOn) {
        UUID candidate = fixtures.listedAdult(cell);
        return CaseFixtures.open(commune, candidate, openedOn);
    }
}
