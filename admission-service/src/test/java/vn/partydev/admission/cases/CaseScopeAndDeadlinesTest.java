package vn.partydev.admission.cases;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.partydev.local.TestTokens;
import vn.partydev.platform.calendar.WorkingDayCalendar;
import vn.partydev.platform.codes.GeneralEducation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
        UUID candidate = fixtures.listedCandidate(tree.cell(), CaseFixtures.person(LocalDate.of(1990, 1, 1),
                GeneralEducation.UPPER_SECONDARY, false), LocalDate.of(2029, 1, 1));
        // the other commune cannot open a case for a candidate listed outside its subtree
        post(otherCommune, "/api/v1/admission-cases", Map.of("candidateId", candidate, "openedOn", "2025-03-01")).statusCode(404);
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
        UUID soon = fixtures.listedCandidate(tree.cell(), CaseFixtures.person(LocalDate.of(1990, 1, 1),
                GeneralEducation.UPPER_SECONDARY, false), LocalDate.of(2029, 1, 1));
        UUID soonCase = CaseFixtures.open(tree.commune(), soon, votedOn.minusDays(10).toString());
        CaseFixtures.readyForCellVote(tree.commune(), soonCase, members.get(0), members.get(1), votedOn.minusDays(10).toString());
        post(tree.commune(), "/api/v1/admission-cases/" + soonCase + "/cell-votes", cellVote(votedOn.toString(), 6, 1, "ADOPTED")).statusCode(200);
        String decisionDue = calendar.plusWorkingDays(votedOn, 60).toString();

        // a decision received in January 2026 whose ceremony was never held
        UUID late = fixtures.listedCandidate(tree.cell(), CaseFixtures.person(LocalDate.of(1990, 1, 1),
                GeneralEducation.UPPER_SECONDARY, false), LocalDate.of(2029, 1, 1));
        UUID lateCase = CaseFixtures.open(tree.commune(), late, "2025-12-01");
        CaseFixtures.readyForCellVote(tree.commune(), lateCase, members.get(0), members.get(1), "2025-12-01");
        post(tree.commune(), "/api/v1/admission-cases/" + lateCase + "/cell-votes", cellVote("2026-01-05", 6, 1, "ADOPTED")).statusCode(200);
        post(tree.commune(), "/api/v1/admission-cases/" + lateCase + "/decision", Map.of("decidedOn", "2026-01-29", "receivedOn", "2026-01-30"))
                .statusCode(200);

        String viewer = TestTokens.bearer("viewer", tree.province());
        var within = given().header("Authorization", viewer).get("/api/v1/deadlines?orgId=" + tree.commune() + "&within=P30D")
                .then().statusCode(200);
        within.body("findAll { it.caseId == '" + soonCase + "' }.rule", equalTo(List.of("R-SLA-1")));
        within.body("findAll { it.caseId == '" + soonCase + "' }.dueOn", equalTo(List.of(decisionDue)));
        within.body("findAll { it.caseId == '" + lateCase + "' }.step", equalTo(List.of("CEREMONY")));
        within.body("findAll { it.caseId == '" + lateCase + "' }.dueOn", equalTo(List.of("2026-03-20")));
        within.body("findAll { it.caseId == '" + lateCase + "' }.overdue", equalTo(List.of(true)));

        var overdue = given().header("Authorization", viewer).get("/api/v1/deadlines?orgId=" + tree.commune() + "&overdue=true")
                .then().statusCode(200);
        overdue.body("caseId", hasItem(lateCase.toString()));
        overdue.body("caseId", not(hasItem(soonCase.toString())));

        given().header("Authorization", viewer).get("/api/v1/deadlines?within=soon").then().statusCode(400);
    }
}
