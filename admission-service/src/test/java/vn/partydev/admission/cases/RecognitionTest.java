package vn.partydev.admission.cases;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.partydev.admission.domain.Member;
import vn.partydev.admission.domain.MemberRoll;
import vn.partydev.platform.calendar.WorkingDayCalendar;
import vn.partydev.platform.codes.MemberStatus;
import vn.partydev.platform.events.admission.MemberLeft;
import vn.partydev.platform.events.admission.MemberRecognised;
import vn.partydev.platform.events.admission.RecognitionVoteAdopted;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partydev.admission.cases.CaseFixtures.post;

/** Probation and recognition: R-PROB-1, R-CERT-2, R-VOTE-3 escalation, the R-SLA-3 extension, strike-off. */
@QuarkusTest
class RecognitionTest {

    @Inject
    CaseFixtures fixtures;
    @Inject
    MemberRoll roll;
    @Inject
    WorkingDayCalendar calendar;

    record Probation(CaseFixtures.Tree tree, UUID caseId, UUID member) {
        String base() {
            return "/api/v1/admission-cases/" + caseId + "/probation";
        }
    }

    /** A probationary member admitted on 4 April 2025 in a cell of 7 official members. */
    private Probation probationaryMember() {
        var tree = fixtures.tree(false);
        var ready = fixtures.caseReadyForCellVote(tree.commune(), tree.cell(), fixtures.officialMembers(tree.cell(), 7), "2025-01-06");
        CaseFixtures.toCeremony(tree.commune(), ready.caseId(), "2025-02-20", "2025-03-20", "2025-04-04");
        return new Probation(tree, ready.caseId(), ready.candidate());
    }

    @Test
    void threeInconclusiveVotesEscalateToTheSuperiorCommittee() throws Exception {
        Probation p = probationaryMember();
        UUID commune = p.tree().commune();
        String before = fixtures.footprint(p.caseId(), p.member());
        post(commune, p.base() + "/votes", Map.of("votedOn", "2026-04-03", "yes", 6, "no", 0)).statusCode(422)
                .body("code", equalTo("R-PROB-1"));
        post(commune, p.base() + "/votes", Map.of("votedOn", "2026-04-10", "yes", 6, "no", 0)).statusCode(422)
                .body("code", equalTo("R-CERT-2"));
        assertEquals(before, fixtures.footprint(p.caseId(), p.member()));
        fixtures.newMemberTheoryCertificate(p.member(), LocalDate.of(2025, 10, 1));

        // 7 eligible, 5 needed either way: 4 yes and 3 no reach neither
        post(commune, p.base() + "/votes", Map.of("votedOn", "2026-04-10", "yes", 4, "no", 3)).statusCode(200)
                .body("state", equalTo("PROBATION"));
        post(commune, p.base() + "/votes", Map.of("votedOn", "2026-04-20", "yes", 3, "no", 4)).statusCode(200)
                .body("state", equalTo("PROBATION"));
        post(commune, p.base() + "/votes", Map.of("votedOn", "2026-05-04", "yes", 4, "no", 2)).statusCode(200)
                .body("state", equalTo("ESCALATED"))
                .body("escalatedTo", equalTo(p.tree().province().toString()))
                .body("votes[3].outcome", equalTo("INCONCLUSIVE"));
        post(commune, p.base() + "/votes", Map.of("votedOn", "2026-05-11", "yes", 6, "no", 0)).statusCode(409);
        assertEquals(List.of("AdmissionCaseOpened", "CellResolutionAdopted", "AdmissionDecided", "MemberAdmitted",
                "RecognitionVoteFailed", "RecognitionVoteFailed", "RecognitionVoteFailed", "RecognitionEscalated"),
                fixtures.eventTypes(p.member()));

        // the superior committee decides: official from ceremony + 12 months, however late
        post(commune, p.base() + "/decision", Map.of("decidedOn", "2026-08-03", "outcome", "RECOGNISED")).statusCode(200)
                .body("officialOn", equalTo("2026-04-04"));
    }

    @Test
    void aRefusedMemberIsStruckOffAndLeavesTheRoll() throws Exception {
        Probation p = probationaryMember();
        UUID commune = p.tree().commune();
        UUID cell = p.tree().cell();
        fixtures.newMemberTheoryCertificate(p.member(), LocalDate.of(2025, 10, 1));
        assertEquals(8, QuarkusTransaction.requiringNew().call(() -> roll.memberCount(cell, LocalDate.of(2026, 4, 20))));
        post(commune, p.base() + "/votes", Map.of("votedOn", "2026-04-10", "yes", 1, "no", 6)).statusCode(200)
                .body("state", equalTo("RECOGNITION_REFUSED"));
        post(commune, p.base() + "/decision", Map.of("decidedOn", "2026-04-20", "outcome", "RECOGNISED")).statusCode(409);
        post(commune, p.base() + "/decision", Map.of("decidedOn", "2026-04-20", "outcome", "STRUCK_OFF", "reason", "Không đủ tư cách"))
                .statusCode(200).body("state", equalTo("STRUCK_OFF"));

        Member struckOff = QuarkusTransaction.requiringNew().call(() -> Member.<Member>findById(p.member()));
        assertEquals(LocalDate.of(2026, 4, 20), struckOff.leftOn);
        assertEquals(MemberLeft.LeaveReason.REMOVED, struckOff.leaveReason);
        assertEquals(0, fixtures.count("SELECT count(*) FROM member_cell_period WHERE member_id = ? AND to_date IS NULL", p.member()),
                "the membership period is closed by the roll");
        assertEquals(7, QuarkusTransaction.requiringNew().call(() -> roll.memberCount(cell, LocalDate.of(2026, 4, 20))));
        assertEquals(List.of("AdmissionCaseOpened", "CellResolutionAdopted", "AdmissionDecided", "MemberAdmitted",
                "RecognitionVoteFailed", "MemberStruckOff"), fixtures.eventTypes(p.member()));
    }

    @Test
    void theRecognitionDecisionDeadlineExtendsOnceByAtMostThirtyWorkingDays() throws Exception {
        Probation p = probationaryMember();
        UUID commune = p.tree().commune();
        String extension = p.base() + "/decision-extension";
        fixtures.newMemberTheoryCertificate(p.member(), LocalDate.of(2025, 10, 1));
        // nothing to extend before the recognition vote
        String before = fixtures.footprint(p.caseId(), p.member());
        post(commune, extension, Map.of("grantedOn", "2026-04-06", "extendedTo", "2026-06-30", "reason", "Chờ ý kiến cấp trên")).statusCode(409)
                .body("code", equalTo("STEP_OUT_OF_ORDER"));
        assertEquals(before, fixtures.footprint(p.caseId(), p.member()));

        // 30 working days from Friday 10 April 2026, across the Hùng Kings' make-up day, 30 April and 1 May
        LocalDate due = LocalDate.of(2026, 5, 27);
        assertEquals(due, calendar.plusWorkingDays(LocalDate.of(2026, 4, 10), 30));
        post(commune, p.base() + "/votes", Map.of("votedOn", "2026-04-10", "yes", 6, "no", 0)).statusCode(200)
                .body("state", equalTo("RECOGNITION_ADOPTED"))
                .body("recognitionVoteTiming.late", equalTo(false))
                .body("recognitionDecisionDue", equalTo(due.toString()))
                .body("nextDeadline.step", equalTo("RECOGNITION_DECISION"))
                .body("nextDeadline.rule", equalTo("R-SLA-3"));
        assertEquals(List.of(due.toString()), queuedDueDates(p));

        LocalDate latest = calendar.plusWorkingDays(due, 30);
        before = fixtures.footprint(p.caseId(), p.member());
        post(commune, extension, Map.of("grantedOn", due.plusDays(1).toString(), "extendedTo", latest.toString(),
                "reason", "Chờ ý kiến cấp trên")).statusCode(422)
                .body("code", equalTo("R-SLA-3"))
                .body("detail", equalTo("the recognition decision deadline " + due + " can only be extended on or before that"
                        + " date; an extension granted on " + due.plusDays(1) + " is too late (record the act as late instead)"));
        post(commune, extension, Map.of("grantedOn", due.toString(), "extendedTo", due.toString(), "reason", "Chờ ý kiến cấp trên")).statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("R-SLA-3"));
        post(commune, extension, Map.of("grantedOn", due.toString(), "extendedTo", calendar.plusWorkingDays(due, 31).toString(),
                "reason", "Chờ ý kiến cấp trên"))
                .statusCode(422)
                .body("code", equalTo("R-SLA-3"))
                .body("detail", equalTo("the recognition decision deadline " + due + " can be extended once, to " + latest
                        + " at the latest; " + calendar.plusWorkingDays(due, 31) + " was asked"));
        assertEquals(before, fixtures.footprint(p.caseId(), p.member()));
        assertEquals(List.of(due.toString()), queuedDueDates(p));

        post(commune, extension, Map.of("grantedOn", due.toString(), "extendedTo", latest.toString(), "reason", "Chờ ý kiến cấp trên"))
                .statusCode(200)
                .body("recognitionExtendedTo", equalTo(latest.toString()))
                .body("recognitionExtensionGrantedOn", equalTo(due.toString()))
                .body("nextDeadline.dueOn", equalTo(latest.toString()));
        assertEquals(List.of(latest.toString()), queuedDueDates(p));
        before = fixtures.footprint(p.caseId(), p.member());
        post(commune, extension, Map.of("grantedOn", "2026-05-20", "extendedTo", latest.toString(), "reason", "lần hai")).statusCode(422)
                .body("code", equalTo("R-SLA-3"))
                .body("detail", equalTo("the recognition decision deadline was already extended once, to " + latest));
        assertEquals(before, fixtures.footprint(p.caseId(), p.member()));

        // one working day past even the extended deadline the decision is still recorded, flagged late by one working
        // day (R-SLA-3): the official date does not depend on it (R-DATE-1); the queue showed it overdue until then
        LocalDate decidedOn = calendar.plusWorkingDays(latest, 1);
        post(commune, p.base() + "/decision", Map.of("decidedOn", decidedOn.toString(), "outcome", "RECOGNISED")).statusCode(200)
                .body("state", equalTo("OFFICIAL"))
                .body("officialOn", equalTo("2026-04-04"))
                .body("recognitionTiming.rule", equalTo("R-SLA-3"))
                .body("recognitionTiming.dueOn", equalTo(latest.toString()))
                .body("recognitionTiming.late", equalTo(true))
                .body("recognitionTiming.lateWorkingDays", equalTo(1));
        assertEquals(List.of(), queuedDueDates(p));
        MemberRecognised recognised = CaseFixtures.fromBroker(p.member(), "MemberRecognised").data(MemberRecognised.class);
        assertTrue(recognised.late());
        assertEquals(1, recognised.lateWorkingDays());
        assertEquals(latest, recognised.decisionDue());
        assertEquals(decidedOn, recognised.decidedOn());
        assertEquals(p.tree().commune(), recognised.decidedBy());
        assertEquals(List.of("AdmissionCaseOpened", "CellResolutionAdopted", "AdmissionDecided", "MemberAdmitted",
                "RecognitionVoteAdopted", "MemberRecognised"), fixtures.eventTypes(p.member()));
    }

    @Test
    void aFirstRecognitionVoteOneWorkingDayAfterItsDueDateIsRecordedLateByOne() throws Exception {
        Probation p = probationaryMember();
        UUID commune = p.tree().commune();
        fixtures.newMemberTheoryCertificate(p.member(), LocalDate.of(2025, 10, 1));
        LocalDate voteDue = LocalDate.of(2026, 5, 20);
        assertEquals(voteDue, calendar.plusWorkingDays(LocalDate.of(2026, 4, 4), 30));
        LocalDate votedOn = calendar.plusWorkingDays(voteDue, 1);
        assertEquals(List.of("RECOGNITION_VOTE"), CaseFixtures.queuedSteps(commune, p.caseId()));
        post(commune, p.base() + "/votes", Map.of("votedOn", votedOn.toString(), "yes", 6, "no", 0)).statusCode(200)
                .body("state", equalTo("RECOGNITION_ADOPTED"))
                .body("recognitionVoteTiming.rule", equalTo("R-SLA-3"))
                .body("recognitionVoteTiming.dueOn", equalTo(voteDue.toString()))
                .body("recognitionVoteTiming.doneOn", equalTo(votedOn.toString()))
                .body("recognitionVoteTiming.late", equalTo(true))
                .body("recognitionVoteTiming.lateWorkingDays", equalTo(1));
        RecognitionVoteAdopted adopted = CaseFixtures.fromBroker(p.member(), "RecognitionVoteAdopted").data(RecognitionVoteAdopted.class);
        assertTrue(adopted.late());
        assertEquals(1, adopted.lateWorkingDays());
        assertEquals(1, adopted.attempt());
        assertEquals(voteDue, adopted.voteDue());
        // the late vote is no longer waited for: the queue shows the recognition decision instead
        assertEquals(List.of("RECOGNITION_DECISION"), CaseFixtures.queuedSteps(commune, p.caseId()));
    }

    /** The case's due dates in the commune's deadlines queue, whatever today is. */
    private static List<String> queuedDueDates(Probation p) {
        return given().header("Authorization", CaseFixtures.organiser(p.tree().commune()))
                .get("/api/v1/deadlines?within=P3650D").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.caseId == '" + p.caseId() + "' }.dueOn", String.class);
    }
}
