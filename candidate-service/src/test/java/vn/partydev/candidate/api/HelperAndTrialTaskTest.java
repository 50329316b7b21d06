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
import vn.partydev.local.PartyDevTestInfrastructure;
import vn.partydev.local.TestTokens;
import vn.partydev.platform.codes.MemberStatus;
import vn.partydev.platform.events.EventInjector;
import vn.partydev.platform.events.admission.MemberLeft;
import vn.partydev.platform.events.admission.MemberRegistered;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** R-CAND-2 against the member roll learnt from admission's events; release; trial tasks and their evaluation. */
@QuarkusTest
class HelperAndTrialTaskTest {

    private static OrganisationTree tree;
    private static UUID veteranOfCellA2;
    private static UUID recentOfficialOfCellA1;
    private static UUID probationerOfCellA1;
    private static UUID officialOfCommuneB;
    private static UUID leftMemberOfCellA1;
    private static UUID officialOfCellUnderCommuneA;

    @Inject
    AgroalDataSource dataSource;

    private Rows rows;

    @BeforeEach
    void roll() {
        rows = new Rows(dataSource);
        if (tree != null) {
            return;
        }
        tree = OrganisationTree.announce(dataSource);
        veteranOfCellA2 = UUID.randomUUID();
        recentOfficialOfCellA1 = UUID.randomUUID();
        probationerOfCellA1 = UUID.randomUUID();
        officialOfCommuneB = UUID.randomUUID();
        leftMemberOfCellA1 = UUID.randomUUID();
        officialOfCellUnderCommuneA = UUID.randomUUID();
        try (EventInjector admission = EventInjector.connect(PartyDevTestInfrastructure.kafkaBootstrapServers(), OrganisationTree.ADMISSION_SOURCE)) {
            admission.send(OrganisationTree.ADMISSION_TOPIC, member(veteranOfCellA2, tree.cellA2.id(), MemberStatus.OFFICIAL, LocalDate.of(2015, 6, 1)));
            // official on 2025-03-11: on 2025-10-10 that is 6 completed months
            admission.send(OrganisationTree.ADMISSION_TOPIC, member(recentOfficialOfCellA1, tree.cellA1.id(), MemberStatus.OFFICIAL, LocalDate.of(2025, 3, 11)));
            admission.send(OrganisationTree.ADMISSION_TOPIC, member(probationerOfCellA1, tree.cellA1.id(), MemberStatus.PROBATIONARY, null));
            admission.send(OrganisationTree.ADMISSION_TOPIC, member(officialOfCommuneB, tree.grassrootsCellB1.id(), MemberStatus.OFFICIAL, LocalDate.of(2010, 1, 1)));
            // the departure arrives before the registration: the roll must still know the member left
            admission.send(OrganisationTree.ADMISSION_TOPIC, new MemberLeft(leftMemberOfCellA1, tree.cellA1.id(), LocalDate.of(2025, 8, 1), MemberLeft.LeaveReason.RESIGNED));
            admission.send(OrganisationTree.ADMISSION_TOPIC, member(leftMemberOfCellA1, tree.cellA1.id(), MemberStatus.OFFICIAL, LocalDate.of(2012, 1, 1)));
            admission.send(OrganisationTree.ADMISSION_TOPIC, member(officialOfCellUnderCommuneA, tree.cellUnderCommuneA.id(), MemberStatus.OFFICIAL,
                    LocalDate.of(2011, 1, 1)));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> rows.count(
                "SELECT count(*) FROM member_replica WHERE member_id IN (?, ?, ?, ?, ?, ?) AND status IS NOT NULL",
                veteranOfCellA2, recentOfficialOfCellA1, probationerOfCellA1, officialOfCommuneB, leftMemberOfCellA1, officialOfCellUnderCommuneA) == 6);
    }

    private static MemberRegistered member(UUID id, UUID cellId, MemberStatus status, LocalDate officialDate) {
        return new MemberRegistered(id, cellId, null, status, LocalDate.of(2009, 1, 1), officialDate, null);
    }

    private String secretary() {
        return TestTokens.bearer("cell", tree.communeA.id());
    }

    private String candidateIn(UUID cellId, String name) {
        return given().header("Authorization", secretary()).contentType(ContentType.JSON)
                .body(People.nominee(name, cellId)).post("/api/v1/candidates").then().statusCode(201).extract().path("id");
    }

    private io.restassured.response.ValidatableResponse assign(String candidateId, UUID memberId, String on) {
        return given().header("Authorization", secretary()).contentType(ContentType.JSON)
                .body(Map.of("memberId", memberId.toString(), "assignedOn", on))
                .post("/api/v1/candidates/{id}/helpers", candidateId).then();
    }

    @Test
    void anOfficialMemberOfTheSameGrassrootsOrganisationMayHelp() {
        String id = candidateIn(tree.cellA1.id(), "Lý Thị Thơm");
        assign(id, veteranOfCellA2, "2025-10-10").statusCode(201).body("memberId", equalTo(veteranOfCellA2.toString()))
                .body("warnings", empty());
        assertEquals(1, rows.count("SELECT count(*) FROM outbox_event WHERE subject = ? AND type LIKE '%HelperAssigned%'", id));
    }

    @Test
    void aMemberOfficialForSixMonthsHelpsWithAWarning() {
        String id = candidateIn(tree.cellA1.id(), "Lý Văn Đạt");
        assign(id, recentOfficialOfCellA1, "2025-10-10").statusCode(201)
                .body("warnings", hasSize(1)).body("warnings[0].code", equalTo("R-CAND-2"))
                .body("warnings[0].detail", containsString("6 months"));
    }

    @Test
    void aMemberOfficialForExactlyTwelveMonthsHelpsWithoutWarning() {
        String id = candidateIn(tree.cellA1.id(), "Lý Văn Hùng");
        assign(id, recentOfficialOfCellA1, "2026-03-11").statusCode(201).body("warnings", empty());
    }

    @Test
    void aProbationaryMemberMayNotHelp() {
        String id = candidateIn(tree.cellA1.id(), "Lý Thị Nga");
        long before = rows.count("SELECT count(*) FROM helper_assignment WHERE candidate_id = CAST(? AS uuid)", id);
        assign(id, probationerOfCellA1, "2025-10-10").statusCode(422).body("code", equalTo("R-CAND-2"));
        assertEquals(before, rows.count("SELECT count(*) FROM helper_assignment WHERE candidate_id = CAST(? AS uuid)", id));
    }

    @Test
    void aProbationaryHelperIsRefusedInVietnameseWithTheMemberAndTheDate() {
        String id = candidateIn(tree.cellA1.id(), "Lý Thị Ngân");
        given().header("Authorization", secretary()).header("Accept-Language", "vi").contentType(ContentType.JSON)
                .body(Map.of("memberId", probationerOfCellA1.toString(), "assignedOn", "2025-10-10"))
                .post("/api/v1/candidates/{id}/helpers", id).then().statusCode(422)
                .header("Content-Language", "vi")
                .body("code", equalTo("R-CAND-2"))
                .body("title", equalTo("Vi phạm quy định"))
                .body("detail", equalTo("đảng viên " + probationerOfCellA1 + " không phải là đảng viên chính thức vào ngày 2025-10-10:"
                        + " đảng viên giúp đỡ phải là đảng viên chính thức"));
        assign(id, probationerOfCellA1, "2025-10-10").statusCode(422).header("Content-Language", "en")
                .body("detail", equalTo("member " + probationerOfCellA1 + " is not an official member on 2025-10-10 (still probationary)"));
    }

    @Test
    void aMemberOfficialOnlyFromTheDayAfterMayNotHelp() {
        String id = candidateIn(tree.cellA1.id(), "Lý Thị Hoa");
        assign(id, recentOfficialOfCellA1, "2025-03-10").statusCode(422).body("code", equalTo("R-CAND-2"));
        assign(id, recentOfficialOfCellA1, "2025-03-11").statusCode(201);
    }

    @Test
    void aMemberOfAnotherGrassrootsOrganisationMayNotHelp() {
        String id = candidateIn(tree.cellA1.id(), "Lý Văn Quang");
        assign(id, officialOfCommuneB, "2025-10-10").statusCode(422).body("code", equalTo("R-CAND-2"));
        String inA3 = candidateIn(tree.grassrootsCellA3.id(), "Lý Văn Sơn");
        assign(inA3, veteranOfCellA2, "2025-10-10").statusCode(422).body("code", equalTo("R-CAND-2"));
    }

    /** A cell directly under a commune committee belongs to that commune's grassroots organisation (as admission counts it). */
    @Test
    void inACellUnderTheCommuneCommitteeTheCommuneIsTheGrassrootsOrganisation() {
        String id = candidateIn(tree.cellUnderCommuneA.id(), "Lý Văn Tâm");
        assign(id, officialOfCellUnderCommuneA, "2025-10-10").statusCode(201).body("warnings", empty());
        String other = candidateIn(tree.cellUnderCommuneA.id(), "Lý Thị Mai");
        assign(other, veteranOfCellA2, "2025-10-10").statusCode(422).body("code", equalTo("R-CAND-2"));
    }

    /** A member outside the caller's subtree answers exactly like an unknown one: the detail names no organisation. */
    @Test
    void aMemberOfAnotherCommuneAnswersLikeAnUnknownMember() {
        String id = candidateIn(tree.cellA1.id(), "Lý Văn Phúc");
        UUID unknownMember = UUID.randomUUID();
        long before = rows.count("SELECT count(*) FROM helper_assignment WHERE candidate_id = CAST(? AS uuid)", id);
        String unknown = assign(id, unknownMember, "2025-10-10").statusCode(422).body("code", equalTo("R-CAND-2"))
                .extract().path("detail");
        String elsewhere = assign(id, officialOfCommuneB, "2025-10-10").statusCode(422).body("code", equalTo("R-CAND-2"))
                .extract().path("detail");
        assertEquals(unknown.replace(unknownMember.toString(), "<id>"), elsewhere.replace(officialOfCommuneB.toString(), "<id>"));
        assertEquals(before, rows.count("SELECT count(*) FROM helper_assignment WHERE candidate_id = CAST(? AS uuid)", id));
    }

    @Test
    void aMemberWhoLeftMayNotHelp() {
        String id = candidateIn(tree.cellA1.id(), "Lý Thị Tâm");
        assign(id, leftMemberOfCellA1, "2025-10-10").statusCode(422).body("code", equalTo("R-CAND-2"));
    }

    @Test
    void anUnknownMemberMayNotHelp() {
        String id = candidateIn(tree.cellA1.id(), "Lý Thị Uyên");
        assign(id, UUID.randomUUID(), "2025-10-10").statusCode(422).body("code", equalTo("R-CAND-2"));
    }

    @Test
    void aHelperIsReleasedOnce() {
        String id = candidateIn(tree.cellA1.id(), "Lý Văn Vinh");
        String assignment = assign(id, veteranOfCellA2, "2025-10-10").statusCode(201).extract().path("id");
        assign(id, veteranOfCellA2, "2025-10-11").statusCode(409);
        given().header("Authorization", secretary()).contentType(ContentType.JSON).body(Map.of("releasedOn", "2025-10-09"))
                .post("/api/v1/candidates/{id}/helpers/{a}/release", id, assignment).then().statusCode(400);
        given().header("Authorization", secretary()).contentType(ContentType.JSON).body(Map.of("releasedOn", "2026-01-10"))
                .post("/api/v1/candidates/{id}/helpers/{a}/release", id, assignment).then().statusCode(200)
                .body("releasedOn", equalTo("2026-01-10"));
        given().header("Authorization", secretary()).contentType(ContentType.JSON).body(Map.of("releasedOn", "2026-01-11"))
                .post("/api/v1/candidates/{id}/helpers/{a}/release", id, assignment).then().statusCode(409);
        assertEquals(1, rows.count("SELECT count(*) FROM outbox_event WHERE subject = ? AND type LIKE '%HelperReleased%'", id));
        given().header("Authorization", secretary()).get("/api/v1/candidates/{id}/helpers", id).then().statusCode(200)
                .body("", hasSize(1));
    }

    @Test
    void trialTaskIsAssignedAndEvaluatedOnce() {
        String id = candidateIn(tree.cellA1.id(), "Lý Thị Xuyến");
        String task = given().header("Authorization", secretary()).contentType(ContentType.JSON)
                .body(Map.of("description", "Phụ trách phong trào thanh niên tình nguyện tổ dân phố số 5", "assignedOn", "2025-10-05", "dueOn", "2026-01-05"))
                .post("/api/v1/candidates/{id}/trial-tasks", id).then().statusCode(201).extract().path("id");
        given().header("Authorization", secretary()).contentType(ContentType.JSON)
                .body(Map.of("result", "GOOD", "comment", "Nhiệt tình, có trách nhiệm", "evaluatedOn", "2026-01-06"))
                .post("/api/v1/candidates/{id}/trial-tasks/{t}/evaluation", id, task).then().statusCode(200)
                .body("result", equalTo("GOOD"));
        given().header("Authorization", secretary()).contentType(ContentType.JSON)
                .body(Map.of("result", "EXCELLENT", "evaluatedOn", "2026-01-07"))
                .post("/api/v1/candidates/{id}/trial-tasks/{t}/evaluation", id, task).then().statusCode(409);
        String evaluated = rows.column("SELECT data FROM outbox_event WHERE subject = ? AND type LIKE '%TrialTaskEvaluated%'", id).get(0);
        assertEquals(false, evaluated.contains("Nhi"), evaluated);
        String assigned = rows.column("SELECT data FROM outbox_event WHERE subject = ? AND type LIKE '%TrialTaskAssigned%'", id).get(0);
        assertEquals(false, assigned.contains("thanh ni"), assigned);
    }

    @Test
    void aTrialTaskDueBeforeItIsGivenIs400() {
        String id = candidateIn(tree.cellA1.id(), "Lý Thị Yến");
        given().header("Authorization", secretary()).contentType(ContentType.JSON)
                .body(Map.of("description", "Tham gia hiến máu", "assignedOn", "2025-10-05", "dueOn", "2025-10-04"))
                .post("/api/v1/candidates/{id}/trial-tasks", id).then().statusCode(400);
        assertEquals(0, rows.count("SELECT count(*) FROM trial_task WHERE candidate_id = ?::uuid", id));
    }
}
