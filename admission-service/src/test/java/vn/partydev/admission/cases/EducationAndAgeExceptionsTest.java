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
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partydev.admission.cases.CaseFixtures.cellVote;
import static vn.partydev.admission.cases.CaseFixtures.post;

/**
 * The exceptions of R-EDU-1 (primary education in a disadvantaged residential area; literacy only there, with the
 * provincial consent) and of R-AGE-1 (over 60 with the provincial standing committee's consent, dated by the vote and
 * before the decision), each at its boundary; a refusal writes nothing.
 */
@QuarkusTest
class EducationAndAgeExceptionsTest {

    private static final LocalDate CERTIFICATE_VALID = LocalDate.of(2029, 10, 1);

    @Inject
    CaseFixtures fixtures;

    record Arranged(UUID commune, UUID caseId, UUID candidate) {
        String path(String step) {
            return "/api/v1/admission-cases/" + caseId + "/" + step;
        }
    }

    private Arranged readyCase(LocalDate birthDate, GeneralEducation education, Boolean disadvantagedArea) {
        var tree = fixtures.tree(false);
        List<UUID> members = fixtures.officialMembers(tree.cell(), 7);
        UUID area = disadvantagedArea == null ? null : CaseFixtures.residentialArea(tree.commune(), disadvantagedArea);
        UUID candidate = fixtures.listedCandidate(tree.cell(), CaseFixtures.person(birthDate, education, false), CERTIFICATE_VALID, area);
        UUID caseId = CaseFixtures.open(tree.commune(), candidate, "2025-03-03");
        CaseFixtures.readyForCellVote(tree.commune(), caseId, members.get(0), members.get(1), "2025-03-03");
        return new Arranged(tree.commune(), caseId, candidate);
    }

    @Test
    void literacyOnlyInADisadvantagedAreaNeedsTheProvincialConsentDatedByTheVote() throws Exception {
        Arranged a = readyCase(LocalDate.of(1968, 6, 1), GeneralEducation.LITERATE, true);
        String before = fixtures.footprint(a.caseId(), a.candidate());
        post(a.commune(), a.path("cell-votes"), cellVote("2025-03-10", 6, 1, "ADOPTED")).statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("R-EDU-1"))
                .body("detail", equalTo("the applicant has LITERATE education and lives in a disadvantaged residential area;"
                        + " primary education, or literacy with a recorded provincial consent, is required there"));
        assertEquals(before, fixtures.footprint(a.caseId(), a.candidate()));

        // a consent dated the day after the vote does not count for it
        post(a.commune(), a.path("provincial-consents"), Map.of("kind", "LITERACY_ONLY", "consentedOn", "2025-03-11"))
                .statusCode(200).body("literacyConsentOn", equalTo("2025-03-11"));
        before = fixtures.footprint(a.caseId(), a.candidate());
        post(a.commune(), a.path("cell-votes"), cellVote("2025-03-10", 6, 1, "ADOPTED")).statusCode(422)
                .body("code", equalTo("R-EDU-1"));
        assertEquals(before, fixtures.footprint(a.caseId(), a.candidate()));

        post(a.commune(), a.path("provincial-consents"), Map.of("kind", "LITERACY_ONLY", "consentedOn", "2025-03-10"))
                .statusCode(200);
        post(a.commune(), a.path("cell-votes"), cellVote("2025-03-10", 6, 1, "ADOPTED")).statusCode(200)
                .body("state", equalTo("CELL_ADOPTED"));
    }

    @Test
    void literacyWithTheConsentIsRefusedOutsideADisadvantagedArea() throws Exception {
        Arranged a = readyCase(LocalDate.of(1968, 6, 1), GeneralEducation.LITERATE, false);
        post(a.commune(), a.path("provincial-consents"), Map.of("kind", "LITERACY_ONLY", "consentedOn", "2025-03-03"))
                .statusCode(200);
        String before = fixtures.footprint(a.caseId(), a.candidate());
        post(a.commune(), a.path("cell-votes"), cellVote("2025-03-10", 6, 1, "ADOPTED")).statusCode(422)
                .body("code", equalTo("R-EDU-1"))
                .body("detail", containsString("a residential area that is not disadvantaged; lower-secondary education is required"));
        assertEquals(before, fixtures.footprint(a.caseId(), a.candidate()));
    }

    @Test
    void primaryEducationSufficesOnceTheResidentialAreaIsMarkedDisadvantaged() throws Exception {
        var tree = fixtures.tree(false);
        List<UUID> members = fixtures.officialMembers(tree.cell(), 7);
        UUID area = CaseFixtures.residentialArea(tree.commune(), false);
        UUID candidate = fixtures.listedCandidate(tree.cell(), CaseFixtures.person(LocalDate.of(1980, 1, 1),
                GeneralEducation.PRIMARY, false), CERTIFICATE_VALID, area);
        UUID caseId = CaseFixtures.open(tree.commune(), candidate, "2025-03-03");
        CaseFixtures.readyForCellVote(tree.commune(), caseId, members.get(0), members.get(1), "2025-03-03");
        String votes = "/api/v1/admission-cases/" + caseId + "/cell-votes";
        String before = fixtures.footprint(caseId, candidate);
        post(tree.commune(), votes, cellVote("2025-03-10", 6, 1, "ADOPTED")).statusCode(422).body("code", equalTo("R-EDU-1"));
        assertEquals(before, fixtures.footprint(caseId, candidate));

        // the commune re-classifies the area (PUT, If-Match): the next vote reads the new flag
        given().header("Authorization", CaseFixtures.organiser(tree.commune())).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(Map.of("communeId", tree.commune(), "kind", "BAN", "name", "Bản Khó Khăn " + area.toString().substring(0, 8),
                        "disadvantaged", true))
                .put("/api/v1/residential-areas/" + area).then().statusCode(200).body("disadvantaged", equalTo(true));
        post(tree.commune(), votes, cellVote("2025-03-10", 6, 1, "ADOPTED")).statusCode(200).body("state", equalTo("CELL_ADOPTED"));
    }

    @Test
    void exactlySixtyYearsOldNeedsNoConsent() {
        Arranged a = readyCase(LocalDate.of(1965, 4, 10), GeneralEducation.LOWER_SECONDARY, null);
        post(a.commune(), a.path("cell-votes"), cellVote("2025-04-10", 6, 1, "ADOPTED")).statusCode(200)
                .body("state", equalTo("CELL_ADOPTED"))
                .body("olderApplicantConsentOn", nullValue());
    }

    @Test
    void anOlderApplicantsConsentMustBeDatedByTheVoteAndBeforeTheDecision() throws Exception {
        Arranged a = readyCase(LocalDate.of(1965, 4, 10), GeneralEducation.LOWER_SECONDARY, null);
        // 60 years and one month on 10 May 2025; a consent of 11 May is too late for that vote
        post(a.commune(), a.path("provincial-consents"), Map.of("kind", "OLDER_APPLICANT", "consentedOn", "2025-05-11"))
                .statusCode(200);
        String before = fixtures.footprint(a.caseId(), a.candidate());
        post(a.commune(), a.path("cell-votes"), cellVote("2025-05-10", 6, 1, "ADOPTED")).statusCode(422)
                .body("code", equalTo("R-AGE-1"))
                .body("detail", containsString("721 completed months"));
        assertEquals(before, fixtures.footprint(a.caseId(), a.candidate()));

        post(a.commune(), a.path("provincial-consents"), Map.of("kind", "OLDER_APPLICANT", "consentedOn", "2025-05-10"))
                .statusCode(200);
        post(a.commune(), a.path("cell-votes"), cellVote("2025-05-10", 6, 1, "ADOPTED")).statusCode(200)
                .body("state", equalTo("CELL_ADOPTED"));
        // the decision must come after the consent, not on its day
        before = fixtures.footprint(a.caseId(), a.candidate());
        post(a.commune(), a.path("decision"), Map.of("decidedOn", "2025-05-10")).statusCode(422)
                .body("code", equalTo("R-AGE-1"))
                .body("detail", equalTo("the provincial consent of 2025-05-10 must be dated before the decision of 2025-05-10"));
        assertEquals(before, fixtures.footprint(a.caseId(), a.candidate()));
        post(a.commune(), a.path("decision"), Map.of("decidedOn", "2025-05-11")).statusCode(200).body("state", equalTo("DECIDED"));
        assertEquals(List.of("AdmissionCaseOpened", "CellResolutionAdopted", "AdmissionDecided"), fixtures.eventTypes(a.candidate()));
    }
}
