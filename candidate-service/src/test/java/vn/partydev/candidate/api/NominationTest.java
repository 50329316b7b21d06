package vn.partydev.candidate.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.partydev.candidate.OrganisationTree;
import vn.partydev.candidate.People;
import vn.partydev.candidate.Rows;
import vn.partydev.local.TestTokens;
import vn.partydev.platform.codes.Gender;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** POST /api/v1/candidates: every validation boundary, R-CAND-1, the receiving cell, idempotency; nothing written on refusal. */
@QuarkusTest
class NominationTest {

    private static OrganisationTree tree;

    @Inject
    AgroalDataSource dataSource;

    private Rows rows;

    @BeforeEach
    void tree() {
        rows = new Rows(dataSource);
        if (tree == null) {
            tree = OrganisationTree.announce(dataSource);
        }
    }

    private String communeSecretary() {
        return TestTokens.bearer("organiser", tree.communeA.id());
    }

    private ValidatableResponse post(Object body) {
        return given().header("Authorization", communeSecretary()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/candidates").then();
    }

    private Map<String, Object> valid() {
        return People.nominee("Nguyễn Thị Minh Anh", tree.cellA1.id());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> person(Map<String, Object> body) {
        return (Map<String, Object>) body.get("person");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> nomination(Map<String, Object> body) {
        return (Map<String, Object>) body.get("nomination");
    }

    /** Sends {@code body}, expects 400 naming {@code pointer}, and checks that nothing was written. */
    private void refused(Map<String, Object> body, String pointer) {
        String citizenId = String.valueOf(person(body).get("citizenId"));
        Rows.Written before = rows.written(citizenId);
        post(body).statusCode(400).contentType("application/problem+json").body("status", equalTo(400))
                .body("errors.pointer", hasItem(pointer));
        assertEquals(before, rows.written(citizenId));
    }

    @Test
    void nominatesAValidPerson() {
        Map<String, Object> body = valid();
        String citizenId = (String) person(body).get("citizenId");
        String id = post(body).statusCode(201)
                .header("Location", notNullValue()).header("ETag", "\"0\"")
                .body("status", equalTo("NOMINATED"))
                .body("person.fullName", equalTo("Nguyễn Thị Minh Anh"))
                .body("person.citizenId", equalTo(citizenId))
                .body("nomination.cellId", equalTo(tree.cellA1.id().toString()))
                .body("organisationPath", equalTo(tree.cellA1.path()))
                .body("ruleSet", equalTo("294-QD-TW-2025"))
                .extract().path("id");
        assertEquals(1, rows.count("SELECT count(*) FROM outbox_event WHERE subject = ? AND type = ?", id,
                "vn.partydev.candidate.CandidateNominated.v1"));
        // born 2004-05-17, nominated 2025-09-02: the event carries the age that day (21), never the date of birth
        assertEquals(1, rows.count("SELECT count(*) FROM outbox_event WHERE subject = ?"
                + " AND (data::jsonb #>> '{demographics,ageOnEventDate}')::int = 21", id));
        assertEquals(0, rows.count("SELECT count(*) FROM outbox_event WHERE subject = ? AND (data LIKE '%2004-05-17%' OR data ILIKE '%birth%')", id));
        assertEquals(1, rows.count("SELECT count(*) FROM candidate_history WHERE candidate_id = ?::uuid AND kind = 'NOMINATED'", id));
    }

    @Test
    void elevenDigitCitizenIdIsRefused() {
        Map<String, Object> body = valid();
        person(body).put("citizenId", "00130401234");
        refused(body, "/person/citizenId");
    }

    @Test
    void thirteenDigitCitizenIdIsRefused() {
        Map<String, Object> body = valid();
        person(body).put("citizenId", "0013040123456");
        refused(body, "/person/citizenId");
    }

    @Test
    void fullWidthDigitsAreRefused() {
        Map<String, Object> body = valid();
        person(body).put("citizenId", "００１３０４０１２３４５");
        refused(body, "/person/citizenId");
    }

    @Test
    void unknownProvinceCodeIsRefused() {
        Map<String, Object> body = valid();
        person(body).put("citizenId", "003304012345");
        refused(body, "/person/citizenId");
    }

    @Test
    void wrongCenturyDigitIsRefused() {
        Map<String, Object> body = valid();
        // born 2004, female: the 4th digit must be 3; 1 is a woman born in the 1900s
        person(body).put("citizenId", "001104" + String.format("%06d", 424242));
        refused(body, "/person/citizenId");
    }

    @Test
    void maleDigitForAWomanIsRefused() {
        Map<String, Object> body = valid();
        person(body).put("citizenId", "001204" + String.format("%06d", 424243));
        refused(body, "/person/citizenId");
    }

    @Test
    void wrongBirthYearDigitsAreRefused() {
        Map<String, Object> body = valid();
        person(body).put("citizenId", "001305" + String.format("%06d", 424244));
        refused(body, "/person/citizenId");
    }

    @Test
    void nulCharacterInTheNameIsRefused() {
        Map<String, Object> body = valid();
        person(body).put("fullName", "Nguyễn\u0000Văn A");
        refused(body, "/person/fullName");
    }

    @Test
    void tenThousandCharacterNameIsRefused() {
        Map<String, Object> body = valid();
        person(body).put("fullName", "a".repeat(10_000));
        refused(body, "/person/fullName");
    }

    @Test
    void oneLetterNameIsRefused() {
        Map<String, Object> body = valid();
        person(body).put("fullName", " A ");
        refused(body, "/person/fullName");
    }

    @Test
    void hundredAndOneLetterNameIsRefusedAndHundredAccepted() {
        Map<String, Object> body = valid();
        person(body).put("fullName", "Ư".repeat(101));
        refused(body, "/person/fullName");
        person(body).put("fullName", "Ư".repeat(100));
        post(body).statusCode(201);
    }

    @Test
    void digitsInTheNameAreRefused() {
        Map<String, Object> body = valid();
        person(body).put("fullName", "Nguyễn Văn 3");
        refused(body, "/person/fullName");
    }

    @Test
    void decomposedNameIsStoredComposedAndFoundByTheComposedForm() {
        Map<String, Object> body = valid();
        String composed = "Phạm Thị Hồng Nhung";
        String decomposed = Normalizer.normalize("  " + composed + " ", Normalizer.Form.NFD);
        assertNotEquals(composed, decomposed.strip());
        person(body).put("fullName", decomposed);
        String id = post(body).statusCode(201).body("person.fullName", equalTo(composed)).extract().path("id");
        assertEquals(composed, rows.column("SELECT full_name FROM candidate WHERE id = ?::uuid", id).get(0));
        given().header("Authorization", communeSecretary()).queryParam("q", composed)
                .get("/api/v1/candidates").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void birthDateInTheFutureIsRefused() {
        Map<String, Object> body = valid();
        person(body).put("birthDate", LocalDate.now().plusDays(2).toString());
        refused(body, "/person/birthDate");
    }

    @Test
    void fifteenYearsMinusOneDayIsRefused() {
        LocalDate birth = LocalDate.of(2010, 3, 1);
        Map<String, Object> body = People.body(People.person("Trần Văn Bình", birth, Gender.MALE),
                People.nomination(tree.cellA1.id(), LocalDate.of(2025, 2, 28)));
        refused(body, "/person/birthDate");
    }

    @Test
    void exactlyFifteenYearsIsAccepted() {
        LocalDate birth = LocalDate.of(2010, 3, 1);
        Map<String, Object> body = People.body(People.person("Trần Văn Bình", birth, Gender.MALE),
                People.nomination(tree.cellA1.id(), LocalDate.of(2025, 3, 1)));
        post(body).statusCode(201).body("status", equalTo("NOMINATED"));
    }

    @Test
    void nominationInTheFutureIsRefused() {
        Map<String, Object> body = valid();
        nomination(body).put("nominatedOn", LocalDate.now().plusDays(2).toString());
        refused(body, "/nomination/nominatedOn");
    }

    @Test
    void unknownCodeIsRefused() {
        Map<String, Object> body = valid();
        person(body).put("ethnicGroup", "MARTIAN");
        refused(body, "/person/ethnicGroup");
    }

    @Test
    void missingFieldIsRefused() {
        Map<String, Object> body = valid();
        person(body).remove("gender");
        refused(body, "/person/gender");
    }

    @Test
    void unknownFieldIsRefused() {
        Map<String, Object> body = valid();
        person(body).put("nickname", "Bé");
        refused(body, "/person/nickname");
    }

    @Test
    void statusIdAndOrganisationPathCannotBeSet() {
        Map<String, Object> withStatus = valid();
        withStatus.put("status", "ADMITTED");
        refused(withStatus, "/status");
        Map<String, Object> withId = valid();
        withId.put("id", UUID.randomUUID().toString());
        refused(withId, "/id");
        Map<String, Object> withPath = valid();
        nomination(withPath).put("organisationPath", tree.cellA1.path());
        refused(withPath, "/nomination/organisationPath");
    }

    @Test
    void malformedJsonIsRefusedWithoutAStackTrace() {
        String citizenId = People.citizenId(LocalDate.of(1995, 1, 1), Gender.MALE);
        Rows.Written before = rows.written(citizenId);
        post("{\"person\": {\"citizenId\": \"" + citizenId + "\", ").statusCode(400).contentType("application/problem+json")
                .body("detail", notNullValue());
        assertEquals(before, rows.written(citizenId));
    }

    @Test
    void secondActiveCandidacyOfTheSamePersonIsARuleViolation() {
        Map<String, Object> first = valid();
        post(first).statusCode(201);
        Map<String, Object> second = People.body(person(first), People.nomination(tree.grassrootsCellA3.id(), LocalDate.of(2025, 10, 1)));
        String citizenId = String.valueOf(person(second).get("citizenId"));
        Rows.Written before = rows.written(citizenId);
        post(second).statusCode(422).body("code", equalTo("R-CAND-1"));
        assertEquals(before, rows.written(citizenId));
    }

    @Test
    void aRemovedCandidacyNoLongerBlocksANewOne() {
        Map<String, Object> first = valid();
        String id = post(first).statusCode(201).extract().path("id");
        given().header("Authorization", communeSecretary()).contentType(ContentType.JSON)
                .body(Map.of("removedOn", "2025-10-01", "reason", "MOVED_AWAY", "note", "Chuyển công tác"))
                .post("/api/v1/candidates/{id}/removal", id).then().statusCode(200).body("status", equalTo("REMOVED"));
        post(People.body(person(first), People.nomination(tree.grassrootsCellA3.id(), LocalDate.of(2025, 10, 2)))).statusCode(201);
    }

    @Test
    void unknownCellIsARuleViolation() {
        Map<String, Object> body = valid();
        nomination(body).put("cellId", UUID.randomUUID().toString());
        String citizenId = String.valueOf(person(body).get("citizenId"));
        Rows.Written before = rows.written(citizenId);
        post(body).statusCode(422).body("code", equalTo("UNKNOWN_CELL"));
        assertEquals(before, rows.written(citizenId));
    }

    @Test
    void anUnknownResidentialAreaIsARuleViolation() {
        Map<String, Object> body = valid();
        person(body).put("residentialAreaId", UUID.randomUUID().toString());
        String citizenId = String.valueOf(person(body).get("citizenId"));
        Rows.Written before = rows.written(citizenId);
        post(body).statusCode(422).contentType("application/problem+json").body("code", equalTo("UNKNOWN_RESIDENTIAL_AREA"));
        assertEquals(before, rows.written(citizenId));
    }

    @Test
    void noResidentialAreaIsAccepted() {
        Map<String, Object> body = valid();
        person(body).put("residentialAreaId", null);
        post(body).statusCode(201);
    }

    @Test
    void aNumberForADateIsRefusedNotReadAsEpochDays() {
        Map<String, Object> body = valid();
        nomination(body).put("nominatedOn", 20260101);
        refused(body, "/nomination/nominatedOn");
        body = valid();
        person(body).put("birthDate", 12000);
        refused(body, "/person/birthDate");
    }

    @Test
    void aNominationDatedInTheYear57440IsInTheFuture() {
        Map<String, Object> body = valid();
        nomination(body).put("nominatedOn", "+57440-04-10");
        refused(body, "/nomination/nominatedOn");
    }

    @Test
    void aNumberForANameIsRefused() {
        Map<String, Object> body = valid();
        person(body).put("fullName", 12345);
        refused(body, "/person/fullName");
    }

    @Test
    void aCommitteeIsNotACell() {
        Map<String, Object> body = valid();
        nomination(body).put("cellId", tree.committeeA.id().toString());
        post(body).statusCode(422).body("code", equalTo("NOT_A_CELL"));
    }

    @Test
    void aCellOfAnotherCommuneIsUnknownToTheCaller() {
        Map<String, Object> body = valid();
        nomination(body).put("cellId", tree.grassrootsCellB1.id().toString());
        String citizenId = String.valueOf(person(body).get("citizenId"));
        Rows.Written before = rows.written(citizenId);
        post(body).statusCode(422).body("code", equalTo("UNKNOWN_CELL"));
        assertEquals(before, rows.written(citizenId));
    }

    @Test
    void aViewerMayNotNominate() {
        given().header("Authorization", TestTokens.bearer("viewer", tree.communeA.id())).contentType(ContentType.JSON)
                .body(valid()).post("/api/v1/candidates").then().statusCode(403);
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        given().contentType(ContentType.JSON).body(valid()).post("/api/v1/candidates").then().statusCode(401);
    }

    @Test
    void theSameIdempotencyKeyReplaysTheFirstAnswer() {
        Map<String, Object> body = valid();
        String key = UUID.randomUUID().toString();
        String citizenId = (String) person(body).get("citizenId");
        var first = given().header("Authorization", communeSecretary()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/candidates").then().statusCode(201).extract();
        var replay = given().header("Authorization", communeSecretary()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/candidates").then().statusCode(201)
                .header("Location", startsWith(first.header("Location")))
                .header("Idempotency-Replayed", "true").extract();
        assertEquals(first.path("id").toString(), replay.path("id").toString());
        assertEquals(1, rows.count("SELECT count(*) FROM candidate WHERE citizen_id = ?", citizenId));
    }
}
