package vn.partydev.admission.cases;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.partydev.admission.domain.Member;
import vn.partydev.local.TestTokens;
import vn.partydev.platform.codes.OrganisationKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Ids named in a request body are checked against the caller's subtree like ids in a path: outside it, the answer is
 * exactly the one for an unknown id (status, code, detail but for the id), and nothing is written.
 */
@QuarkusTest
class ScopeOfIdsInBodiesTest {

    @Inject
    CaseFixtures fixtures;

    @Test
    void aCommuneCannotTransferIntoAnotherCommuneButTheProvinceAboveBothCan() throws Exception {
        var tree = fixtures.tree(false);
        UUID otherCommune = fixtures.organisation(tree.province(), OrganisationKind.COMMUNE, true);
        UUID otherCell = fixtures.organisation(otherCommune, OrganisationKind.CELL, false);
        UUID member = fixtures.officialMembers(tree.cell(), 1).get(0);
        String transfer = "/api/v1/members/" + member + "/transfer";

        UUID unknownCell = UUID.randomUUID();
        var unknown = transfer(tree.commune(), transfer, unknownCell);
        var elsewhere = transfer(tree.commune(), transfer, otherCell);
        assertSameAnswer(unknown, unknownCell, elsewhere, otherCell, 404);
        assertEquals(tree.cell(), cellOf(member));
        assertEquals(0, fixtures.count("SELECT count(*) FROM outbox_event WHERE subject = ? AND type LIKE '%.MemberTransferred.v1'",
                member.toString()));

        // the province contains both communes: a transfer between them is its act
        assertEquals(200, transfer(tree.province(), transfer, otherCell).statusCode());
        assertEquals(otherCell, cellOf(member));
    }

    @Test
    void aNewMemberCannotLiveInAResidentialAreaOfAnotherCommune() throws Exception {
        var tree = fixtures.tree(false);
        UUID otherCommune = fixtures.organisation(tree.province(), OrganisationKind.COMMUNE, true);
        UUID areaElsewhere = CaseFixtures.residentialArea(otherCommune, false);
        UUID unknownArea = UUID.randomUUID();
        // the test's own cell, new in this test: only its rows count
        long before = fixtures.count("SELECT count(*) FROM member WHERE cell_id = ?", tree.cell());
        var unknown = register(tree.commune(), tree.cell(), unknownArea);
        var elsewhere = register(tree.commune(), tree.cell(), areaElsewhere);
        assertSameAnswer(unknown, unknownArea, elsewhere, areaElsewhere, 404);
        assertEquals(before, fixtures.count("SELECT count(*) FROM member WHERE cell_id = ?", tree.cell()));
        assertEquals(201, register(tree.province(), tree.cell(), areaElsewhere).statusCode());
    }

    private static ExtractableResponse<Response> register(UUID scope, UUID cell, UUID area) {
        Map<String, Object> body = new java.util.HashMap<>(vn.partydev.admission.Fixtures.member(cell, "OFFICIAL",
                LocalDate.of(2010, 1, 1), LocalDate.of(2011, 1, 1)));
        body.put("residentialAreaId", area);
        return given().header("Authorization", CaseFixtures.organiser(scope)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/members").then().extract();
    }

    @Test
    void aCommuneCannotOpenACaseForACandidateListedInAnotherCommune() throws Exception {
        var tree = fixtures.tree(false);
        UUID otherCommune = fixtures.organisation(tree.province(), OrganisationKind.COMMUNE, true);
        UUID candidate = fixtures.listedAdult(tree.cell());
        UUID unknownCandidate = UUID.randomUUID();
        var unknown = CaseFixtures.post(otherCommune, "/api/v1/admission-cases", CaseFixtures.openRequest(unknownCandidate, "2025-03-01"))
                .extract();
        var elsewhere = CaseFixtures.post(otherCommune, "/api/v1/admission-cases", CaseFixtures.openRequest(candidate, "2025-03-01"))
                .extract();
        assertSameAnswer(unknown, unknownCandidate, elsewhere, candidate, 422);
        assertEquals(0, fixtures.count("SELECT count(*) FROM admission_case WHERE candidate_id = ?", candidate));
        CaseFixtures.open(tree.commune(), candidate, "2025-03-01");
    }

    @Test
    void aCellSecretaryCannotNameAnIntroducerOfASiblingCellTheCommitteeCan() throws Exception {
        var tree = fixtures.tree(true);
        UUID siblingCell = fixtures.organisation(tree.committee(), OrganisationKind.CELL, false);
        List<UUID> sibling = fixtures.officialMembers(siblingCell, 1);
        fixtures.officialMembers(tree.cell(), 3);
        UUID candidate = fixtures.listedAdult(tree.cell());
        UUID caseId = CaseFixtures.open(tree.commune(), candidate, "2025-03-01");
        String base = "/api/v1/admission-cases/" + caseId;
        CaseFixtures.post(tree.commune(), base + "/application", Map.of("receivedOn", "2025-03-01")).statusCode(200);
        CaseFixtures.post(tree.commune(), base + "/background", Map.of("declaredOn", "2025-03-01")).statusCode(200);
        String task = CaseFixtures.post(tree.commune(), base + "/verification-tasks", Map.of("subject", "APPLICANT", "createdOn", "2025-03-01"))
                .statusCode(201).extract().path("id");
        CaseFixtures.post(tree.commune(), base + "/verification-tasks/" + task + "/completion", Map.of("completedOn", "2025-03-01"))
                .statusCode(200);

        UUID unknownMember = UUID.randomUUID();
        var unknown = introduce("cell", tree.cell(), base, unknownMember);
        var inSiblingCell = introduce("cell", tree.cell(), base, sibling.get(0));
        assertSameAnswer(unknown, unknownMember, inSiblingCell, sibling.get(0), 422);
        assertEquals(0, fixtures.count("SELECT count(*) FROM introduction WHERE case_id = ?", caseId));
        // the grassroots committee above both cells may name the same member (R-INTRO-2: same grassroots organisation)
        assertEquals(201, introduce("organiser", tree.committee(), base, sibling.get(0)).statusCode());
    }

    private static ExtractableResponse<Response> transfer(UUID scope, String path, UUID toCell) {
        return given().header("Authorization", CaseFixtures.organiser(scope)).contentType(ContentType.JSON)
                .body(Map.of("toCellId", toCell, "date", "2024-06-03")).post(path).then().extract();
    }

    private static ExtractableResponse<Response> introduce(String role, UUID organisation, String base, UUID member) {
        return given().header("Authorization", TestTokens.bearer(role, organisation)).contentType(ContentType.JSON)
                .body(Map.of("kind", "OFFICIAL_MEMBER", "memberId", member, "knownSince", "2020-01-01", "introducedOn", "2025-03-02"))
                .post(base + "/introductions").then().extract();
    }

    /** The same status, code and body shape; the detail differs only by the id named. */
    private static void assertSameAnswer(ExtractableResponse<Response> unknown, UUID unknownId,
                                         ExtractableResponse<Response> elsewhere, UUID elsewhereId, int status) {
        assertEquals(status, unknown.statusCode(), unknown.asString());
        assertEquals(status, elsewhere.statusCode(), elsewhere.asString());
        assertEquals(unknown.contentType(), elsewhere.contentType());
        assertEquals(unknown.jsonPath().getString("code"), elsewhere.jsonPath().getString("code"));
        assertEquals(unknown.jsonPath().getMap("$").keySet(), elsewhere.jsonPath().getMap("$").keySet());
        assertEquals(unknown.jsonPath().getString("detail").replace(unknownId.toString(), "<id>"),
                elsewhere.jsonPath().getString("detail").replace(elsewhereId.toString(), "<id>"));
    }

    private static UUID cellOf(UUID member) {
        return QuarkusTransaction.requiringNew().call(() -> Member.<Member>findById(member).cellId);
    }
}
