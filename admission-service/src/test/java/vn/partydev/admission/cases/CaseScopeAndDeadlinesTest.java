package vn.partydev.admission.cases;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.partydev.local.TestTokens;
import vn.partydev.platform.calendar.WorkingDayCalendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partydev.admission.cases.CaseFixtures.cellVote;
import static vn.partydev.admission.cases.CaseFixtures.post;

/** Organisation scope on cases, and the deadlines work queue of a subtree. */
@QuarkusTest
class CaseScopeAndDeadlinesTest {

    @Inject
    CaseFixtures fixtures;
    @Inject
    WorkingDayCalendar calendar;
    @Inject
    Clock clock;

    @Test
    void aUserOfAnotherCommuneCannotSeeOrActOnTheCase() {
        var tree = fixtures.tree(false);
        UUID otherCommune = fixtures.organisation(tree.province(), vn.partydev.platform.codes.OrganisationKind.COMMUNE, true);
        fixtures.officialMembers(tree.cell(), 3);
        UUID candidate = fixtures.listedAdult(tree.cell());
        // the other commune cannot open a case for a candidate listed outside its subtree: as if on no list
        post(otherCommune, "/api/v1/admission-cases", CaseFixtures.openRequest(candidate, "2025-03-01")).statusCode(422)
                .body("code", equalTo("NOT_ON_LIST"));
        UUID caseId = CaseFixtures.open(tree.commune(), candidate, "2025-03-01");

        given().header("Authorization", TestTokens.bearer("viewer", otherCommune)).get("/api/v1/admission-cases/" + caseId)
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        post(otherCommune, "/api/v1/admission-cases/" + caseId + "/application", Map.of("receivedOn", "2025-03-02")).statusCode(404);
        given().header("Authorization", TestTokens.bearer("viewer", otherCommune))
                .get("/api/v1/deadlines?orgId=" + tree.commune()).then().statusCode(404);
        // the province above both sees it
        given().header("Authorization", TestTokens.bearer("viewer", tree.province())).get("/api/v1/admission-cases/" + caseId)
                .then().statusCode(200).body("state", equalTo("OPENED"));
    }

    @Test
    void theQueueListsDecisionsDueSoonAndCeremoniesOverdue() {
        var tree = fixtures.tree(false);
        List<UUID> members = fixtures.officialMembers(tree.cell(), 7);
        LocalDate today = LocalDate.now(clock);
        // a cell resolution 80 days ago: its decision falls due within the next 30 days
        LocalDate votedOn = today.minusDays(80);
        UUID soon = fixtures.listedAdult(tree.cell());
        UUID soonCase = CaseFixtures.open(tree.commune(), soon, votedOn.minusDays(10).toString());
        CaseFixtures.readyForCellVote(tree.commune(), soonCase, members.get(0), members.get(1), votedOn.minusDays(10).toString());
        post(tree.commune(), "/api/v1/admission-cases/" + soonCase + "/cell-votes", cellVote(votedOn.toString(), 6, 1, "ADOPTED")).statusCode(200);
        String decisionDue = calendar.plusWorkingDays(votedOn, 60).toString();

        // a decision received in January 2026 whose ceremony was never held
        UUID late = fixtures.listedAdult(tree.cell());
        UUID lateCase = CaseFixtures.open(tree.commune(), late, "2025-12-01");
        CaseFixtures.readyForCellVote(tree.commune(), lateCase, members.get(0), members.get(1), "2025-12-01");
        post(tree.commune(), "/api/v1/admission-cases/" + lateCase + "/cell-votes", cellVote("2026-01-05", 6, 1, "ADOPTED")).statusCode(200);
        post(tree.commune(), "/api/v1/admission-cases/" + lateCase + "/decision", Map.of("decidedOn", "2026-01-29", "receivedOn", "2026-01-30"))
                .statusCode(200);

        String viewer = TestTokens.bearer("viewer", tree.province());
        var within = given().header("Authorization", viewer).get("/api/v1/deadlines?orgId=" + tree.commune() + "&within=P30D")
                .then().statusCode(200);
        within.body("items.findAll { it.caseId == '" + soonCase + "' }.rule", equalTo(List.of("R-SLA-1")));
        within.body("items.findAll { it.caseId == '" + soonCase + "' }.dueOn", equalTo(List.of(decisionDue)));
        within.body("items.findAll { it.caseId == '" + lateCase + "' }.step", equalTo(List.of("CEREMONY")));
        within.body("items.findAll { it.caseId == '" + lateCase + "' }.dueOn", equalTo(List.of("2026-03-20")));
        within.body("items.findAll { it.caseId == '" + lateCase + "' }.overdue", equalTo(List.of(true)));
        // each item names its cell as the organisation API does, so a work queue can show it
        var cell = given().header("Authorization", viewer).get("/api/v1/organisations/" + tree.cell()).then().statusCode(200).extract();
        within.body("items.findAll { it.caseId == '" + soonCase + "' }.cellId", equalTo(List.of(tree.cell().toString())));
        within.body("items.findAll { it.caseId == '" + soonCase + "' }.cellCode", equalTo(List.of(cell.<String>path("organisation.code"))));
        within.body("items.findAll { it.caseId == '" + lateCase + "' }.cellName", equalTo(List.of(cell.<String>path("organisation.name"))));

        var overdue = given().header("Authorization", viewer).get("/api/v1/deadlines?orgId=" + tree.commune() + "&overdue=true")
                .then().statusCode(200);
        overdue.body("items.caseId", hasItem(lateCase.toString()));
        overdue.body("items.caseId", not(hasItem(soonCase.toString())));

        given().header("Authorization", viewer).get("/api/v1/deadlines?within=soon").then().statusCode(400);
    }

    /** A case of the commune's cell, from the opening to an adopted cell vote on {@code votedOn}. */
    private UUID adoptedCase(UUID commune, UUID cell, List<UUID> members, LocalDate votedOn) {
        UUID candidate = fixtures.listedAdult(cell);
        UUID caseId = CaseFixtures.open(commune, candidate, votedOn.minusDays(10).toString());
        CaseFixtures.readyForCellVote(commune, caseId, members.get(0), members.get(1), votedOn.minusDays(10).toString());
        post(commune, "/api/v1/admission-cases/" + caseId + "/cell-votes", cellVote(votedOn.toString(), 6, 1, "ADOPTED")).statusCode(200);
        return caseId;
    }

    @Test
    void aCaseDueAfterTheWindowIsLeftOutAndAnOverdueOneIsListed() throws Exception {
        var tree = fixtures.tree(false);
        List<UUID> members = fixtures.officialMembers(tree.cell(), 7);
        LocalDate today = LocalDate.now(clock);
        // adopted yesterday: the decision is due 60 working days later, outside a 30-day window
        UUID later = adoptedCase(tree.commune(), tree.cell(), members, today.minusDays(1));
        LocalDate decisionDue = calendar.plusWorkingDays(today.minusDays(1), 60);
        // decided and received 100 days ago, no ceremony: it was due 30 working days after receipt
        UUID overdue = adoptedCase(tree.commune(), tree.cell(), members, today.minusDays(120));
        LocalDate received = today.minusDays(100);
        post(tree.commune(), "/api/v1/admission-cases/" + overdue + "/decision", Map.of("decidedOn", received.toString()))
                .statusCode(200);
        LocalDate ceremonyDue = calendar.plusWorkingDays(received, 30);
        // overdue too, but in another commune of the province
        UUID otherCommune = fixtures.organisation(tree.province(), vn.partydev.platform.codes.OrganisationKind.COMMUNE, true);
        UUID otherCell = fixtures.organisation(otherCommune, vn.partydev.platform.codes.OrganisationKind.CELL, false);
        UUID elsewhere = adoptedCase(otherCommune, otherCell, fixtures.officialMembers(otherCell, 7), today.minusDays(120));

        assertEquals(1, fixtures.count("SELECT count(*) FROM admission_case WHERE id = ? AND next_due_on = ?"
                + " AND next_due_step = 'CEREMONY' AND next_due_rule = 'R-SLA-2'", overdue, ceremonyDue), "stored on the row");
        String viewer = TestTokens.bearer("viewer", tree.province());
        given().header("Authorization", viewer).get("/api/v1/deadlines?orgId=" + tree.commune() + "&within=P30D")
                .then().statusCode(200)
                .body("items.caseId", equalTo(List.of(overdue.toString())))
                .body("items[0].step", equalTo("CEREMONY"))
                .body("items[0].rule", equalTo("R-SLA-2"))
                .body("items[0].dueOn", equalTo(ceremonyDue.toString()))
                .body("items[0].overdue", equalTo(true));
        given().header("Authorization", viewer).get("/api/v1/deadlines?orgId=" + tree.commune() + "&within=P120D")
                .then().statusCode(200)
                .body("items.caseId", equalTo(List.of(overdue.toString(), later.toString())))
                .body("items[1].dueOn", equalTo(decisionDue.toString()))
                .body("items[1].overdue", equalTo(false));
        given().header("Authorization", TestTokens.bearer("organiser", tree.commune())).get("/api/v1/deadlines?overdue=true")
                .then().statusCode(200).body("items.caseId", equalTo(List.of(overdue.toString())));
        given().header("Authorization", viewer).get("/api/v1/deadlines?orgId=" + tree.province() + "&overdue=true")
                .then().statusCode(200).body("items.caseId", hasItem(elsewhere.toString())).body("items.caseId", hasItem(overdue.toString()));

        // a closed case waits for nothing
        post(tree.commune(), "/api/v1/admission-cases/" + overdue + "/rejection", Map.of("on", today.minusDays(1).toString()))
                .statusCode(200).body("nextDeadline", equalTo(null));
        assertEquals(1, fixtures.count("SELECT count(*) FROM admission_case WHERE id = ? AND next_due_on IS NULL", overdue));
        given().header("Authorization", viewer).get("/api/v1/deadlines?orgId=" + tree.commune() + "&within=P120D")
                .then().statusCode(200).body("items.caseId", equalTo(List.of(later.toString())));
    }

    @Test
    void theQueueIsReadAPageAtATimeInDueDateOrder() {
        var tree = fixtures.tree(false);
        List<UUID> members = fixtures.officialMembers(tree.cell(), 7);
        LocalDate today = LocalDate.now(clock);
        // three adopted cell votes whose decisions fell due 60 working days later, all in the past
        List<String> byDueDate = List.of(adoptedCase(tree.commune(), tree.cell(), members, today.minusDays(160)),
                adoptedCase(tree.commune(), tree.cell(), members, today.minusDays(140)),
                adoptedCase(tree.commune(), tree.cell(), members, today.minusDays(120))).stream().map(UUID::toString).toList();
        String viewer = TestTokens.bearer("viewer", tree.commune());
        String path = "/api/v1/deadlines?overdue=true";

        given().header("Authorization", viewer).get(path).then().statusCode(200)
                .body("items.caseId", equalTo(byDueDate)).body("nextCursor", equalTo(null));
        var first = given().header("Authorization", viewer).get(path + "&limit=2").then().statusCode(200)
                .body("items.caseId", equalTo(byDueDate.subList(0, 2)))
                .header("Link", containsString("rel=\"next\"")).extract();
        String cursor = first.path("nextCursor");
        given().header("Authorization", viewer).queryParam("cursor", cursor).get(path + "&limit=2").then().statusCode(200)
                .body("items.caseId", equalTo(byDueDate.subList(2, 3))).body("nextCursor", equalTo(null));

        given().header("Authorization", viewer).get(path + "&limit=0").then().statusCode(400).body("code", equalTo("INVALID_LIMIT"));
        given().header("Authorization", viewer).get(path + "&limit=501").then().statusCode(400).body("code", equalTo("INVALID_LIMIT"));
        given().header("Authorization", viewer).get(path + "&cursor=not-a-cursor").then().statusCode(400);
    }
}
