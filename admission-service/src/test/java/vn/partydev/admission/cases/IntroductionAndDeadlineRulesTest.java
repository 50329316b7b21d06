package vn.partydev.admission.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.partydev.platform.codes.GeneralEducation;
import vn.partydev.platform.events.EventJson;
import vn.partydev.platform.events.admission.MemberAdmitted;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partydev.admission.cases.CaseFixtures.cellVote;
import static vn.partydev.admission.cases.CaseFixtures.post;

/**
 * R-INTRO-1/2, R-VOTE-2, and the working-day deadlines R-SLA-1 (across 2 September, with its dated extension) and
 * R-SLA-2 (across Tết: a later ceremony recorded late unless approved).
 */
@QuarkusTest
class IntroductionAndDeadlineRulesTest {

    @Inject
    CaseFixtures fixtures;

    private UUID verifiedCase(UUID commune, UUID candidate, String on) {
        UUID caseId = CaseFixtures.open(commune, candidate, on);
        String base = "/api/v1/admission-cases/" + caseId;
        post(commune, base + "/application", Map.of("receivedOn", on)).statusCode(200);
        post(commune, base + "/background", Map.of("declaredOn", on)).statusCode(200);
        String task = post(commune, base + "/verification-tasks", Map.of("subject", "APPLICANT", "createdOn", on))
                .statusCode(201).extract().path("id");
        post(commune, base + "/verification-tasks/" + task + "/completion", Map.of("completedOn", on)).statusCode(200);
        return caseId;
    }

    @Test
    void anIntroducerWithElevenMonthsTogetherIsRefusedTwelveIsEnough() throws Exception {
        var tree = fixtures.tree(false);
        List<UUID> members = fixtures.officialMembers(tree.cell(), 3);
        UUID candidate = fixtures.listedAdult(tree.cell());
        UUID caseId = verifiedCase(tree.commune(), candidate, "2025-01-10");
        String introductions = "/api/v1/admission-cases/" + caseId + "/introductions";
        String before = fixtures.footprint(caseId, candidate);
        post(tree.commune(), introductions, Map.of("kind", "OFFICIAL_MEMBER", "memberId", members.get(0),
                "knownSince", "2024-03-12", "introducedOn", "2025-02-12")).statusCode(422)
                .body("code", equalTo("R-INTRO-2"))
                .body("detail", containsString("11 months"));
        given().header("Authorization", CaseFixtures.organiser(tree.commune())).header("Accept-Language", "vi")
                .contentType(ContentType.JSON).body(Map.of("kind", "OFFICIAL_MEMBER", "memberId", members.get(0),
                        "knownSince", "2024-03-12", "introducedOn", "2025-02-12")).post(introductions)
                .then().statusCode(422).body("code", equalTo("R-INTRO-2"))
                .body("detail", equalTo("người giới thiệu mới cùng công tác hoặc sinh sống với người vào Đảng 11 tháng"
                        + " (từ ngày 2024-03-12); cần ít nhất 12 tháng"));
        assertEquals(before, fixtures.footprint(caseId, candidate));
        post(tree.commune(), introductions, Map.of("kind", "OFFICIAL_MEMBER", "memberId", members.get(0),
                "knownSince", "2024-02-12", "introducedOn", "2025-02-12")).statusCode(201);
    }

    @Test
    void aYouthUnionMemberOfYouthAgeIsIntroducedByTheYouthUnionCommittee() throws Exception {
        var tree = fixtures.tree(false);
        List<UUID> members = fixtures.officialMembers(tree.cell(), 3);
        UUID candidate = fixtures.listedCandidate(tree.cell(), CaseFixtures.person(LocalDate.of(2000, 1, 1),
                GeneralEducation.UPPER_SECONDARY, true), LocalDate.of(2029, 1, 1));
        UUID caseId = verifiedCase(tree.commune(), candidate, "2025-01-10");
        String introductions = "/api/v1/admission-cases/" + caseId + "/introductions";
        post(tree.commune(), introductions, Map.of("kind", "OFFICIAL_MEMBER", "memberId", members.get(0),
                "knownSince", "2020-01-01", "introducedOn", "2025-02-12")).statusCode(201);
        String before = fixtures.footprint(caseId, candidate);
        post(tree.commune(), introductions, Map.of("kind", "OFFICIAL_MEMBER", "memberId", members.get(1),
                "knownSince", "2020-01-01", "introducedOn", "2025-02-12")).statusCode(422).body("code", equalTo("R-INTRO-1"));
        assertEquals(before, fixtures.footprint(caseId, candidate));
        post(tree.commune(), introductions, Map.of("kind", "YOUTH_UNION_COMMITTEE", "introducedOn", "2025-02-12"))
                .statusCode(201).body("caseState", equalTo("INTRODUCED"));
        post(tree.commune(), introductions, Map.of("kind", "OFFICIAL_MEMBER", "memberId", members.get(2),
                "knownSince", "2020-01-01", "introducedOn", "2025-02-13")).statusCode(422)
                .body("detail", equalTo("the applicant already has two introducers; exactly two are allowed"));
    }

    @Test
    void decisionDeadlineCountsWorkingDaysAcrossNationalDayAndExtendsOnce() throws Exception {
        var tree = fixtures.tree(true);
        List<UUID> members = fixtures.officialMembers(tree.cell(), 7);
        UUID candidate = fixtures.listedAdult(tree.cell());
        UUID caseId = CaseFixtures.open(tree.commune(), candidate, "2026-07-01");
        CaseFixtures.readyForCellVote(tree.commune(), caseId, members.get(0), members.get(1), "2026-07-01");
        String base = "/api/v1/admission-cases/" + caseId;
        // 60 working days from Friday 7 August 2026 would end on 30 October; 31 August, 1 and 2 September are holidays
        // (Saturday 22 August is worked in exchange), so the decision is due on Tuesday 3 November
        post(tree.commune(), base + "/cell-votes", cellVote("2026-08-07", 6, 1, "ADOPTED")).statusCode(200)
                .body("decisionDue", equalTo("2026-11-03"))
                .body("committeeId", equalTo(tree.committee().toString()));
        // the cell sits under a grassroots committee: it votes before the decision (R-VOTE-2)
        post(tree.commune(), base + "/decision", Map.of("decidedOn", "2026-09-10")).statusCode(409);
        post(tree.commune(), base + "/committee-votes", Map.of("votedOn", "2026-08-20", "members", 7, "yes", 4, "no", 3,
                "resolution", "ADOPTED")).statusCode(422).body("code", equalTo("R-VOTE-2"));
        post(tree.commune(), base + "/committee-votes", Map.of("votedOn", "2026-08-20", "members", 7, "yes", 5, "no", 2,
                "resolution", "ADOPTED")).statusCode(200).body("state", equalTo("COMMITTEE_ADOPTED"));

        // the extension is granted on its own date, on or before the due date (3 November) it extends
        String before = fixtures.footprint(caseId, candidate);
        post(tree.commune(), base + "/decision-extension", Map.of("grantedOn", "2026-11-04", "extendedTo", "2026-12-15",
                "reason", "Chờ thẩm tra bổ sung")).statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("R-SLA-1"))
                .body("detail", containsString("2026-11-03"));
        // one extension of at most 30 working days counted from the original due date: 3 November + 30 = 15 December
        post(tree.commune(), base + "/decision-extension", Map.of("grantedOn", "2026-11-03", "extendedTo", "2026-12-16",
                "reason", "Chờ thẩm tra bổ sung")).statusCode(422).body("code", equalTo("R-SLA-1"));
        post(tree.commune(), base + "/decision-extension", Map.of("grantedOn", "2026-08-06", "extendedTo", "2026-12-15",
                "reason", "Chờ thẩm tra bổ sung")).statusCode(409).body("code", equalTo("DATE_OUT_OF_ORDER"));
        assertEquals(before, fixtures.footprint(caseId, candidate));
        post(tree.commune(), base + "/decision-extension", Map.of("grantedOn", "2026-11-03", "extendedTo", "2026-12-15",
                "reason", "Chờ thẩm tra bổ sung"))
                .statusCode(200)
                .body("decisionExtendedTo", equalTo("2026-12-15"))
                .body("decisionExtensionGrantedOn", equalTo("2026-11-03"))
                .body("nextDeadline.dueOn", equalTo("2026-12-15"));
        before = fixtures.footprint(caseId, candidate);
        post(tree.commune(), base + "/decision-extension", Map.of("grantedOn", "2026-11-02", "extendedTo", "2026-12-14",
                "reason", "lần hai")).statusCode(422)
                .body("code", equalTo("R-SLA-1"))
                .body("detail", equalTo("the decision deadline was already extended once, to 2026-12-15"));
        assertEquals(before, fixtures.footprint(caseId, candidate));
        post(tree.commune(), base + "/decision", Map.of("decidedOn", "2026-11-04")).statusCode(200)
                .body("state", equalTo("DECIDED"))
                .body("decisionTiming.dueOn", equalTo("2026-12-15"))
                .body("decisionTiming.late", equalTo(false));
        assertEquals(List.of("AdmissionCaseOpened", "CellResolutionAdopted", "CommitteeResolutionAdopted", "AdmissionDecided"),
                fixtures.eventTypes(candidate));
    }

    @Test
    void aCeremonyOnWorkingDayThirtyOneAfterTetIsRecordedLateByOneThirtyIsOnTime() throws Exception {
        var tree = fixtures.tree(false);
        List<UUID> members = fixtures.officialMembers(tree.cell(), 7);
        UUID onTime = decidedCase(tree, members);
        UUID late = decidedCase(tree, members);
        post(tree.commune(), "/api/v1/admission-cases/" + onTime + "/ceremony", Map.of("heldOn", "2026-03-20")).statusCode(200)
                .body("state", equalTo("PROBATION"))
                .body("ceremonyTiming.late", equalTo(false))
                .body("ceremonyTiming.lateWorkingDays", equalTo(0));
        // Monday 23 March is working day 31: recorded on its real date, a breach of R-SLA-2 by one working day
        assertEquals(List.of("CEREMONY"), CaseFixtures.queuedSteps(tree.commune(), late));
        String base = "/api/v1/admission-cases/" + late;
        post(tree.commune(), base + "/ceremony", Map.of("heldOn", "2026-03-23")).statusCode(200)
                .body("state", equalTo("PROBATION"))
                .body("ceremonyOn", equalTo("2026-03-23"))
                .body("ceremonyTiming.rule", equalTo("R-SLA-2"))
                .body("ceremonyTiming.dueOn", equalTo("2026-03-20"))
                .body("ceremonyTiming.late", equalTo(true))
                .body("ceremonyTiming.lateWorkingDays", equalTo(1))
                .body("lateCeremonyApprovedOn", equalTo(null));
        UUID person = UUID.fromString(given().header("Authorization", CaseFixtures.organiser(tree.commune())).get(base)
                .then().extract().path("candidateId"));
        MemberAdmitted event = CaseFixtures.fromBroker(person, "MemberAdmitted").data(MemberAdmitted.class);
        assertTrue(event.late());
        assertEquals(1, event.lateWorkingDays());
        assertEquals(LocalDate.of(2026, 3, 20), event.ceremonyDue());
        assertEquals(tree.commune(), event.decidedBy());
        assertEquals(null, event.superiorApprovalOn());
        // the ceremony is no longer waited for: the queue shows the recognition vote instead
        assertEquals(List.of("RECOGNITION_VOTE"), CaseFixtures.queuedSteps(tree.commune(), late));
    }

    @Test
    void aLateCeremonyWithTheSuperiorCommitteesApprovalIsNotABreachAndAnApprovalAfterItIsRefused() throws Exception {
        var tree = fixtures.tree(false);
        List<UUID> members = fixtures.officialMembers(tree.cell(), 7);
        UUID caseId = decidedCase(tree, members);
        String base = "/api/v1/admission-cases/" + caseId;
        UUID person = UUID.fromString(given().header("Authorization", CaseFixtures.organiser(tree.commune())).get(base)
                .then().extract().path("candidateId"));
        String before = fixtures.footprint(caseId, person);
        post(tree.commune(), base + "/ceremony", Map.of("heldOn", "2026-03-23", "superiorApprovalOn", "2026-03-24"))
                .statusCode(422).body("code", equalTo("R-SLA-2"));
        assertEquals(before, fixtures.footprint(caseId, person));
        post(tree.commune(), base + "/ceremony", Map.of("heldOn", "2026-03-23", "superiorApprovalOn", "2026-03-18"))
                .statusCode(200)
                .body("lateCeremonyApprovedOn", equalTo("2026-03-18"))
                .body("ceremonyTiming.late", equalTo(false))
                .body("ceremonyTiming.lateWorkingDays", equalTo(0));
        MemberAdmitted event = EventJson.read(fixtures.eventData(person, "MemberAdmitted"), MemberAdmitted.class);
        assertFalse(event.late());
        assertEquals(LocalDate.of(2026, 3, 18), event.superiorApprovalOn());
    }

    /** A case decided on 29 January 2026 and received on Friday 30 January: Tết closes 16–20 February, so the ceremony is due 20 March. */
    private UUID decidedCase(CaseFixtures.Tree tree, List<UUID> members) {
        UUID candidate = fixtures.listedAdult(tree.cell());
        UUID caseId = CaseFixtures.open(tree.commune(), candidate, "2025-12-01");
        CaseFixtures.readyForCellVote(tree.commune(), caseId, members.get(0), members.get(1), "2025-12-01");
        String base = "/api/v1/admission-cases/" + caseId;
        post(tree.commune(), base + "/cell-votes", cellVote("2026-01-05", 6, 1, "ADOPTED")).statusCode(200);
        post(tree.commune(), base + "/decision", Map.of("decidedOn", "2026-01-29", "receivedOn", "2026-01-30")).statusCode(200)
                .body("ceremonyDue", equalTo("2026-03-20"));
        return caseId;
    }
}
