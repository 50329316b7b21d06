package vn.partydev.admission.cases;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.partydev.admission.domain.Member;
import vn.partydev.local.TestTokens;
import vn.partydev.platform.calendar.WorkingDayCalendar;
import vn.partydev.platform.codes.GeneralEducation;
import vn.partydev.platform.codes.MemberStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partydev.admission.cases.CaseFixtures.post;

/** One person walked through the whole procedure: application → ceremony → 12 months → official. */
@QuarkusTest
class AdmissionWalkthroughTest {

    @Inject
    CaseFixtures fixtures;
    @Inject
    WorkingDayCalendar calendar;

    @Test
    void onePersonFromApplicationToOfficialMembership() throws Exception {
        var tree = fixtures.tree(false);
        List<UUID> members = fixtures.officialMembers(tree.cell(), 7);
        UUID candidate = fixtures.listedCandidate(tree.cell(), CaseFixtures.person(LocalDate.of(2000, 5, 10),
                GeneralEducation.UPPER_SECONDARY, false), LocalDate.of(2029, 10, 1));
        UUID commune = tree.commune();
        UUID caseId = CaseFixtures.open(commune, candidate, "2025-01-06");
        String base = "/api/v1/admission-cases/" + caseId;

        post(commune, base + "/application", Map.of("receivedOn", "2025-01-07")).statusCode(200).body("state", equalTo("APPLICATION_RECEIVED"));
        post(commune, base + "/background", Map.of("declaredOn", "2025-01-08")).statusCode(200);
        var created = post(commune, base + "/verification-tasks", Map.of("subject", "APPLICANT", "createdOn", "2025-01-09",
                "dueOn", "2025-02-09", "addressedTo", tree.province())).statusCode(201)
                .body("subject", equalTo("APPLICANT"))
                .body("dueOn", equalTo("2025-02-09"))
                .body("caseId", equalTo(caseId.toString()))
                .body("caseUrl", equalTo(base))
                .body("caseState", equalTo("BACKGROUND_DECLARED"))
                .extract();
        String applicantTask = created.path("id");
        assertTrue(created.header("Location").endsWith(base + "/verification-tasks/" + applicantTask), created.header("Location"));
        given().header("Authorization", TestTokens.bearer("viewer", commune)).get(created.header("Location")).then().statusCode(200)
                .body("id", equalTo(applicantTask)).body("addressedTo", equalTo(tree.province().toString()));
        String fatherTask = post(commune, base + "/verification-tasks", Map.of("subject", "FATHER", "createdOn", "2025-01-09"))
                .statusCode(201).extract().path("id");
        post(commune, base + "/verification-tasks/" + applicantTask + "/completion", Map.of("completedOn", "2025-02-03")).statusCode(200);
        post(commune, base + "/verification-tasks/" + fatherTask + "/exemption",
                Map.of("partyMemberId", members.get(6), "exemptedOn", "2025-01-10")).statusCode(200);
        post(commune, base + "/introductions", Map.of("kind", "OFFICIAL_MEMBER", "memberId", members.get(0),
                "knownSince", "2023-01-01", "introducedOn", "2025-02-12")).statusCode(201)
                .body("caseState", equalTo("BACKGROUND_DECLARED"));
        var introduction = post(commune, base + "/introductions", Map.of("kind", "OFFICIAL_MEMBER", "memberId", members.get(1),
                "knownSince", "2022-06-01", "introducedOn", "2025-02-12")).statusCode(201)
                .body("caseState", equalTo("INTRODUCED"))
                .body("memberId", equalTo(members.get(1).toString()))
                .extract();
        assertTrue(introduction.header("Location").endsWith(base + "/introductions/" + introduction.path("id")));
        given().header("Authorization", TestTokens.bearer("viewer", commune)).get(introduction.header("Location")).then()
                .statusCode(200).body("knownSince", equalTo("2022-06-01"));
        var opinion = post(commune, base + "/opinions", Map.of("giver", "TRADE_UNION", "givenOn", "2025-02-14", "favourable", true))
                .statusCode(201).body("giver", equalTo("TRADE_UNION")).body("caseId", equalTo(caseId.toString())).extract();
        assertTrue(opinion.header("Location").endsWith(base + "/opinions/" + opinion.path("id")));
        given().header("Authorization", TestTokens.bearer("viewer", commune)).get(opinion.header("Location")).then()
                .statusCode(200).body("favourable", equalTo(true));
        given().header("Authorization", TestTokens.bearer("viewer", commune)).get(base + "/opinions/" + UUID.randomUUID())
                .then().statusCode(404);
        post(commune, base + "/cell-votes", CaseFixtures.cellVote("2025-02-20", 5, 2, "ADOPTED")).statusCode(200)
                .body("state", equalTo("CELL_ADOPTED"))
                .body("votes[0].electorate", equalTo(7))
                .body("decisionDue", equalTo("2025-05-20"))
                .body("nextDeadline.rule", equalTo("R-SLA-1"));
        post(commune, base + "/decision", Map.of("decidedOn", "2025-03-20", "receivedOn", "2025-03-21")).statusCode(200)
                .body("state", equalTo("DECIDED")).body("ceremonyDue", equalTo("2025-05-07"))
                .body("decidingOrganisationId", equalTo(commune.toString()));
        post(commune, base + "/ceremony", Map.of("heldOn", "2025-04-04")).statusCode(200)
                .body("state", equalTo("PROBATION"))
                .body("memberId", equalTo(candidate.toString()))
                .body("probationEndsOn", equalTo("2026-04-04"))
                .body("recognitionVoteDue", equalTo("2026-05-20"));
        assertEquals(MemberStatus.PROBATIONARY, statusOnRoll(candidate));

        post(commune, base + "/probation/helper", Map.of("memberId", members.get(2), "assignedOn", "2025-04-05")).statusCode(200);
        fixtures.newMemberTheoryCertificate(candidate, LocalDate.of(2025, 9, 1));
        post(commune, base + "/probation/votes", Map.of("votedOn", "2026-04-10", "yes", 6, "no", 0)).statusCode(200)
                .body("state", equalTo("RECOGNITION_ADOPTED"))
                .body("recognitionDecisionDue", equalTo("2026-05-27"));
        // decided a month after its deadline: recorded and flagged late (R-SLA-3); the official date is still
        // ceremony + 12 months (R-DATE-1)
        post(commune, base + "/probation/decision", Map.of("decidedOn", "2026-06-30", "outcome", "RECOGNISED")).statusCode(200)
                .body("state", equalTo("OFFICIAL"))
                .body("officialOn", equalTo("2026-04-04"))
                .body("decisionTiming.late", equalTo(false))
                .body("ceremonyTiming.late", equalTo(false))
                .body("recognitionTiming.late", equalTo(true))
                .body("recognitionTiming.lateWorkingDays",
                        equalTo(calendar.workingDaysBetween(LocalDate.of(2026, 5, 27), LocalDate.of(2026, 6, 30))));

        assertEquals(MemberStatus.OFFICIAL, statusOnRoll(candidate));
        assertEquals(LocalDate.of(2026, 4, 4), QuarkusTransaction.requiringNew().call(() -> Member.<Member>findById(candidate).officialDate));
        given().header("Authorization", TestTokens.bearer("viewer", commune)).get(base).then().statusCode(200)
                .body("ruleSet.id", equalTo("294-QD-TW-2025"))
                .body("votes", hasSize(2))
                .body("verificationTasks", hasSize(2))
                .body("introductions", hasSize(2));
        assertEquals(List.of("AdmissionCaseOpened", "CellResolutionAdopted", "AdmissionDecided", "MemberAdmitted",
                "RecognitionVoteAdopted", "MemberRecognised"), fixtures.eventTypes(candidate));
        // the roll keeps the date of birth declared at the opening; MemberAdmitted carries only the age at the ceremony
        assertEquals(LocalDate.of(2000, 5, 10), QuarkusTransaction.requiringNew().call(() -> Member.<Member>findById(candidate).categories.birthDate));
        assertEquals(1, fixtures.count("SELECT count(*) FROM outbox_event WHERE subject = ? AND type LIKE '%.MemberAdmitted.v1'"
                + " AND (data::jsonb #>> '{demographics,ageOnEventDate}')::int = 24", candidate.toString()));
        assertEquals(0, fixtures.count("SELECT count(*) FROM outbox_event WHERE subject = ? AND (data LIKE '%2000-05-10%' OR data ILIKE '%birth%')",
                candidate.toString()));
    }

    private static MemberStatus statusOnRoll(UUID memberId) {
        return QuarkusTransaction.requiringNew().call(() -> Member.<Member>findById(memberId).status);
    }
}
