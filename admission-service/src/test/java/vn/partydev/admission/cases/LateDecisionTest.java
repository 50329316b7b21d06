package vn.partydev.admission.cases;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.partydev.platform.calendar.WorkingDayCalendar;
import vn.partydev.platform.events.EventJson;
import vn.partydev.platform.events.admission.AdmissionDecided;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partydev.admission.cases.CaseFixtures.cellVote;
import static vn.partydev.admission.cases.CaseFixtures.post;
import static vn.partydev.admission.cases.CaseFixtures.queuedSteps;

/**
 * R-SLA-1 is a duty of the deciding committee, not a condition of validity: a decision on working day 61 after the cell
 * resolution is recorded with its real date and flagged late by 1, in the case and in AdmissionDecided; day 60 is on time.
 */
@QuarkusTest
class LateDecisionTest {

    @Inject
    CaseFixtures fixtures;
    @Inject
    WorkingDayCalendar calendar;

    @Test
    void aDecisionOnWorkingDaySixtyIsOnTimeAndOnSixtyOneIsRecordedLateByOne() throws Exception {
        var tree = fixtures.tree(false);
        List<UUID> members = fixtures.officialMembers(tree.cell(), 7);
        UUID onTime = caseVotedOn(tree, members, "2025-02-20");
        UUID late = caseVotedOn(tree, members, "2025-02-20");
        LocalDate day60 = calendar.plusWorkingDays(LocalDate.of(2025, 2, 20), 60);
        LocalDate day61 = calendar.plusWorkingDays(LocalDate.of(2025, 2, 20), 61);
        assertEquals(LocalDate.of(2025, 5, 20), day60);
        assertEquals(LocalDate.of(2025, 5, 21), day61);
        assertEquals(List.of("DECISION"), queuedSteps(tree.commune(), late));

        post(tree.commune(), "/api/v1/admission-cases/" + onTime + "/decision", Map.of("decidedOn", day60.toString()))
                .statusCode(200)
                .body("state", equalTo("DECIDED"))
                .body("decisionTiming.rule", equalTo("R-SLA-1"))
                .body("decisionTiming.dueOn", equalTo("2025-05-20"))
                .body("decisionTiming.late", equalTo(false))
                .body("decisionTiming.lateWorkingDays", equalTo(0));
        AdmissionDecided onTimeEvent = EventJson.read(fixtures.eventData(candidateOf(tree, onTime), "AdmissionDecided"), AdmissionDecided.class);
        assertFalse(onTimeEvent.late());
        assertEquals(0, onTimeEvent.lateWorkingDays());

        post(tree.commune(), "/api/v1/admission-cases/" + late + "/decision", Map.of("decidedOn", day61.toString()))
                .statusCode(200)
                .body("state", equalTo("DECIDED"))
                .body("decidedOn", equalTo("2025-05-21"))
                .body("decisionTiming.dueOn", equalTo("2025-05-20"))
                .body("decisionTiming.doneOn", equalTo("2025-05-21"))
                .body("decisionTiming.late", equalTo(true))
                .body("decisionTiming.lateWorkingDays", equalTo(1))
                .body("nextDeadline.step", equalTo("CEREMONY"));
        UUID person = candidateOf(tree, late);
        AdmissionDecided event = CaseFixtures.fromBroker(person, "AdmissionDecided").data(AdmissionDecided.class);
        assertTrue(event.late());
        assertEquals(1, event.lateWorkingDays());
        assertEquals(LocalDate.of(2025, 5, 20), event.decisionDue());
        assertEquals(day61, event.decidedOn());
        assertEquals(tree.commune(), event.decidedBy());
        // the decision is no longer waited for: the queue shows the ceremony instead
        assertEquals(List.of("CEREMONY"), queuedSteps(tree.commune(), late));
    }

    @Test
    void aDecisionAfterTheWeekendFollowingAFridayDeadlineIsLateByOneWorkingDay() throws Exception {
        var tree = fixtures.tree(false);
        List<UUID> members = fixtures.officialMembers(tree.cell(), 7);
        // voted Tuesday 11 March 2025: the 60th working day is Friday 6 June 2025 (7 April, 30 April and 1 May are off)
        UUID caseId = caseVotedOn(tree, members, "2025-03-11");
        assertEquals(LocalDate.of(2025, 6, 6), calendar.plusWorkingDays(LocalDate.of(2025, 3, 11), 60));
        post(tree.commune(), "/api/v1/admission-cases/" + caseId + "/decision", Map.of("decidedOn", "2025-06-08"))
                .statusCode(200)
                .body("decisionTiming.late", equalTo(true))
                .body("decisionTiming.lateWorkingDays", equalTo(1));
    }

    private UUID caseVotedOn(CaseFixtures.Tree tree, List<UUID> members, String votedOn) {
        UUID caseId = fixtures.caseReadyForCellVote(tree.commune(), tree.cell(), members, "2025-01-06").caseId();
        post(tree.commune(), "/api/v1/admission-cases/" + caseId + "/cell-votes", cellVote(votedOn, 6, 1, "ADOPTED")).statusCode(200);
        return caseId;
    }

    private static UUID candidateOf(CaseFixtures.Tree tree, UUID caseId) {
        return UUID.fromString(given().header("Authorization", CaseFixtures.organiser(tree.commune()))
                .get("/api/v1/admission-cases/" + caseId).then().statusCode(200).extract().path("candidateId"));
    }
}
