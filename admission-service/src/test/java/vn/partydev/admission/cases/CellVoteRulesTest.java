package vn.partydev.admission.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.partydev.platform.codes.GeneralEducation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partydev.admission.cases.CaseFixtures.cellVote;
import static vn.partydev.admission.cases.CaseFixtures.post;

/** Eligibility at the cell vote and the vote itself, each at its boundary; a refused command writes nothing. */
@QuarkusTest
class CellVoteRulesTest {

    private static final LocalDate CERTIFICATE_VALID = LocalDate.of(2029, 10, 1);

    @Inject
    CaseFixtures fixtures;

    record Arranged(UUID commune, UUID caseId, UUID candidate, List<UUID> members) {
        String votes() {
            return "/api/v1/admission-cases/" + caseId + "/cell-votes";
        }
    }

    private Arranged readyCase(LocalDate birthDate, LocalDate certificateValidUntil, int officialMembers) {
        var tree = fixtures.tree(false);
        List<UUID> members = fixtures.officialMembers(tree.cell(), officialMembers);
        UUID candidate = fixtures.listedCandidate(tree.cell(), CaseFixtures.person(birthDate, GeneralEducation.LOWER_SECONDARY, false),
                certificateValidUntil);
        UUID caseId = CaseFixtures.open(tree.commune(), candidate, "2025-03-01");
        CaseFixtures.readyForCellVote(tree.commune(), caseId, members.get(0), members.get(1), "2025-03-01");
        return new Arranged(tree.commune(), caseId, candidate, members);
    }

    @Test
    void tooYoungByOneMonthIsRefusedAndExactlyEighteenIsAccepted() throws Exception {
        Arranged a = readyCase(LocalDate.of(2007, 3, 15), CERTIFICATE_VALID, 7);
        String before = fixtures.footprint(a.caseId(), a.candidate());
        post(a.commune(), a.votes(), cellVote("2025-03-14", 6, 1, "ADOPTED")).statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("R-AGE-1"))
                .body("detail", containsString("215 completed months"));
        given().header("Authorization", CaseFixtures.organiser(a.commune())).header("Accept-Language", "vi")
                .contentType(ContentType.JSON).body(cellVote("2025-03-14", 6, 1, "ADOPTED")).post(a.votes())
                .then().statusCode(422).body("code", equalTo("R-AGE-1"))
                .body("detail", equalTo("người vào Đảng mới 215 tháng tuổi tròn vào ngày 2025-03-14; cần ít nhất 216 tháng"));
        assertEquals(before, fixtures.footprint(a.caseId(), a.candidate()));

        post(a.commune(), a.votes(), cellVote("2025-03-15", 6, 1, "ADOPTED")).statusCode(200).body("state", equalTo("CELL_ADOPTED"));
    }

    @Test
    void sixtyYearsAndOneMonthNeedsTheProvincialConsent() throws Exception {
        Arranged a = readyCase(LocalDate.of(1965, 4, 10), CERTIFICATE_VALID, 7);
        String before = fixtures.footprint(a.caseId(), a.candidate());
        post(a.commune(), a.votes(), cellVote("2025-05-10", 6, 1, "ADOPTED")).statusCode(422)
                .body("code", equalTo("R-AGE-1"))
                .body("detail", containsString("721 completed months"));
        assertEquals(before, fixtures.footprint(a.caseId(), a.candidate()));

        post(a.commune(), "/api/v1/admission-cases/" + a.caseId() + "/provincial-consents",
                Map.of("kind", "OLDER_APPLICANT", "consentedOn", "2025-05-05")).statusCode(200);
        post(a.commune(), a.votes(), cellVote("2025-05-10", 6, 1, "ADOPTED")).statusCode(200).body("state", equalTo("CELL_ADOPTED"));
    }

    @Test
    void certificateExpiredByOneDayIsRefusedValidOnItsLastDayIsAccepted() throws Exception {
        Arranged a = readyCase(LocalDate.of(1995, 1, 1), LocalDate.of(2025, 3, 9), 7);
        String before = fixtures.footprint(a.caseId(), a.candidate());
        post(a.commune(), a.votes(), cellVote("2025-03-10", 6, 1, "ADOPTED")).statusCode(422)
                .body("code", equalTo("R-CERT-1"))
                .body("detail", containsString("2025-03-09"));
        assertEquals(before, fixtures.footprint(a.caseId(), a.candidate()));

        post(a.commune(), a.votes(), cellVote("2025-03-09", 6, 1, "ADOPTED")).statusCode(200);
    }

    @Test
    void inVietnameseTheVoteAndTheCertificateAreRefusedWithTheirNumbers() {
        Arranged a = readyCase(LocalDate.of(1995, 1, 1), LocalDate.of(2025, 3, 9), 9);
        Map<String, Object> away = Map.of("temporarilyAway", List.of(a.members().get(7)), "exemptedAbsent", List.of(a.members().get(8)));
        given().header("Authorization", CaseFixtures.organiser(a.commune())).header("Accept-Language", "vi")
                .contentType(ContentType.JSON).body(with(cellVote("2025-03-10", 6, 1, "ADOPTED"), away)).post(a.votes())
                .then().statusCode(422).header("Content-Language", "vi")
                .body("code", equalTo("R-CERT-1"))
                .body("title", equalTo("Vi phạm quy định"))
                .body("detail", equalTo("giấy chứng nhận bồi dưỡng nhận thức về Đảng chỉ có hiệu lực đến ngày 2025-03-09"
                        + " (60 tháng kể từ ngày cấp); ngày biểu quyết 2025-03-10 đã sau ngày hết hạn, phải học lại lớp bồi dưỡng"));
        given().header("Authorization", CaseFixtures.organiser(a.commune())).header("Accept-Language", "vi")
                .contentType(ContentType.JSON).body(with(cellVote("2025-03-09", 4, 3, "ADOPTED"), away)).post(a.votes())
                .then().statusCode(422)
                .body("code", equalTo("R-VOTE-1"))
                .body("detail", equalTo("7 đảng viên chính thức có quyền biểu quyết; cần ít nhất 5 phiếu tán thành (hai phần ba),"
                        + " chỉ có 4 phiếu"));
    }

    @Test
    void fourYesOfSevenEligibleDoesNotAdoptFiveDoes() throws Exception {
        Arranged a = readyCase(LocalDate.of(1995, 1, 1), CERTIFICATE_VALID, 9);
        // 9 official members on the roll, one away and one exempted member absent: 7 eligible, 5 yes needed
        Map<String, Object> away = Map.of("temporarilyAway", List.of(a.members().get(7)), "exemptedAbsent", List.of(a.members().get(8)));
        String before = fixtures.footprint(a.caseId(), a.candidate());
        post(a.commune(), a.votes(), with(cellVote("2025-03-10", 4, 3, "ADOPTED"), away)).statusCode(422)
                .body("code", equalTo("R-VOTE-1"))
                .body("detail", equalTo("the cell has 7 eligible official members; 5 yes votes are needed, 4 were cast"));
        assertEquals(before, fixtures.footprint(a.caseId(), a.candidate()));

        // the meeting's rejection is kept, and the vote may be retried at a later meeting
        post(a.commune(), a.votes(), with(cellVote("2025-03-10", 4, 3, "REJECTED"), away)).statusCode(200)
                .body("state", equalTo("INTRODUCED"))
                .body("votes[0].outcome", equalTo("REJECTED"))
                .body("votes[0].electorate", equalTo(7));
        post(a.commune(), a.votes(), with(cellVote("2025-03-17", 5, 2, "ADOPTED"), away)).statusCode(200)
                .body("state", equalTo("CELL_ADOPTED"))
                .body("votes[1].attempt", equalTo(2))
                .body("votes[1].yesNeeded", equalTo(5));
        assertEquals(List.of("AdmissionCaseOpened", "CellResolutionRejected", "CellResolutionAdopted"), fixtures.eventTypes(a.candidate()));
    }

    @Test
    void aCellWithTwoOfficialMembersCannotVote() throws Exception {
        Arranged a = readyCase(LocalDate.of(1995, 1, 1), CERTIFICATE_VALID, 2);
        String before = fixtures.footprint(a.caseId(), a.candidate());
        post(a.commune(), a.votes(), cellVote("2025-03-10", 2, 0, "ADOPTED")).statusCode(422)
                .body("code", equalTo("R-CELL-1"))
                .body("detail", containsString("2 official members"));
        assertEquals(before, fixtures.footprint(a.caseId(), a.candidate()));
    }

    @Test
    void stepsOutOfOrderAreConflicts() throws Exception {
        var tree = fixtures.tree(false);
        fixtures.officialMembers(tree.cell(), 3);
        UUID candidate = fixtures.listedCandidate(tree.cell(), CaseFixtures.person(LocalDate.of(1995, 1, 1),
                GeneralEducation.LOWER_SECONDARY, false), CERTIFICATE_VALID);
        UUID caseId = CaseFixtures.open(tree.commune(), candidate, "2025-03-01");
        String before = fixtures.footprint(caseId, candidate);
        post(tree.commune(), "/api/v1/admission-cases/" + caseId + "/cell-votes", cellVote("2025-03-10", 3, 0, "ADOPTED"))
                .statusCode(409).body("code", equalTo("STEP_OUT_OF_ORDER"));
        post(tree.commune(), "/api/v1/admission-cases/" + caseId + "/ceremony", Map.of("heldOn", "2025-03-10"))
                .statusCode(409).body("code", equalTo("STEP_OUT_OF_ORDER"));
        post(tree.commune(), "/api/v1/admission-cases/" + caseId + "/background", Map.of("declaredOn", "2025-03-02"))
                .statusCode(409).body("code", equalTo("STEP_OUT_OF_ORDER"));
        assertEquals(before, fixtures.footprint(caseId, candidate));
        // a second case for the same candidate while this one is open
        post(tree.commune(), "/api/v1/admission-cases", CaseFixtures.openRequest(candidate, "2025-03-02"))
                .statusCode(409).body("code", equalTo("DUPLICATE"));
    }

    @Test
    void aCandidateWithoutAValidCertificateOrListingGetsNoCase() {
        var tree = fixtures.tree(false);
        UUID candidate = fixtures.listedCandidate(tree.cell(), CaseFixtures.person(LocalDate.of(1995, 1, 1),
                GeneralEducation.LOWER_SECONDARY, false), LocalDate.of(2025, 2, 28));
        post(tree.commune(), "/api/v1/admission-cases", CaseFixtures.openRequest(candidate, "2025-03-01"))
                .statusCode(422).body("code", equalTo("R-CERT-1"));
        post(tree.commune(), "/api/v1/admission-cases", CaseFixtures.openRequest(UUID.randomUUID(), "2025-03-01"))
                .statusCode(422).body("code", equalTo("NOT_ON_LIST"));
    }

    @Test
    void primaryEducationOutsideADisadvantagedAreaIsRefused() throws Exception {
        var tree = fixtures.tree(false);
        List<UUID> members = fixtures.officialMembers(tree.cell(), 3);
        UUID candidate = fixtures.listedCandidate(tree.cell(), CaseFixtures.person(LocalDate.of(1990, 1, 1),
                GeneralEducation.PRIMARY, false), CERTIFICATE_VALID);
        UUID caseId = CaseFixtures.open(tree.commune(), candidate, "2025-03-01");
        CaseFixtures.readyForCellVote(tree.commune(), caseId, members.get(0), members.get(1), "2025-03-01");
        String before = fixtures.footprint(caseId, candidate);
        post(tree.commune(), "/api/v1/admission-cases/" + caseId + "/cell-votes", cellVote("2025-03-10", 3, 0, "ADOPTED"))
                .statusCode(422).body("code", equalTo("R-EDU-1"));
        assertEquals(before, fixtures.footprint(caseId, candidate));
    }

    @Test
    void aCaseIsRejectedOrWithdrawnBeforeTheCeremonyAndANewOneMayOpen() throws Exception {
        Arranged a = readyCase(LocalDate.of(1995, 1, 1), CERTIFICATE_VALID, 7);
        String base = "/api/v1/admission-cases/" + a.caseId();
        post(a.commune(), base + "/rejection", Map.of("on", "2025-03-10", "reason", "Chưa đủ điều kiện")).statusCode(200)
                .body("state", equalTo("REJECTED")).body("closedOn", equalTo("2025-03-10"));
        post(a.commune(), base + "/withdrawal", Map.of("on", "2025-03-11")).statusCode(409).body("code", equalTo("STEP_OUT_OF_ORDER"));
        UUID second = CaseFixtures.open(a.commune(), a.candidate(), "2025-04-01");
        post(a.commune(), "/api/v1/admission-cases/" + second + "/withdrawal", Map.of("on", "2025-04-02")).statusCode(200)
                .body("state", equalTo("WITHDRAWN"));
        assertEquals(List.of("AdmissionCaseOpened", "AdmissionRejected", "AdmissionCaseOpened", "AdmissionWithdrawn"),
                fixtures.eventTypes(a.candidate()));
    }

    @Test
    void aVoteRetriedWithTheSameIdempotencyKeyIsRecordedOnce() throws Exception {
        Arranged a = readyCase(LocalDate.of(1995, 1, 1), CERTIFICATE_VALID, 7);
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            io.restassured.RestAssured.given().header("Authorization", CaseFixtures.organiser(a.commune()))
                    .header("Idempotency-Key", key).contentType(io.restassured.http.ContentType.JSON)
                    .body(cellVote("2025-03-10", 4, 3, "REJECTED")).post(a.votes())
                    .then().statusCode(200).body("votes.size()", equalTo(1));
        }
        assertEquals(List.of("AdmissionCaseOpened", "CellResolutionRejected"), fixtures.eventTypes(a.candidate()));
    }

    private static Map<String, Object> with(Map<String, Object> vote, Map<String, Object> more) {
        var all = new java.util.HashMap<>(vote);
        all.putAll(more);
        return all;
    }
}
