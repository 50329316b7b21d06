package vn.partydev.admission.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.partydev.admission.Fixtures;
import vn.partydev.admission.domain.MemberRoll;
import vn.partydev.local.TestTokens;
import vn.partydev.platform.codes.MemberStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partydev.admission.Fixtures.admin;

@QuarkusTest
class MemberRollTest {

    @Inject
    MemberRoll roll;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void citizenIdMustBeTwelveDigits() {
        UUID cell = Fixtures.provinceCommuneCell()[2];
        for (String bad : List.of("00119001234", "0011900123456", "00119001234A")) {
            Map<String, Object> body = Fixtures.member(cell, "OFFICIAL", LocalDate.of(2010, 1, 1), LocalDate.of(2011, 1, 1));
            body.put("citizenId", bad);
            given().header("Authorization", admin()).contentType(ContentType.JSON).body(body).post("/api/v1/members")
                    .then().statusCode(400).contentType("application/problem+json");
            assertEquals(0, membersWithCitizenId(bad));
        }
    }

    @Test
    void rejectsEntryOneDayBeforeTheEighteenthBirthdayAndAcceptsItOnTheDay() {
        UUID cell = Fixtures.provinceCommuneCell()[2];
        Map<String, Object> tooYoung = Fixtures.member(cell, "PROBATIONARY", LocalDate.of(2018, 3, 14), null);
        tooYoung.put("birthDate", "2000-03-15");
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(tooYoung).post("/api/v1/members")
                .then().statusCode(422).body("code", equalTo("R-AGE-1"));
        assertEquals(0, membersWithCitizenId((String) tooYoung.get("citizenId")));
        tooYoung.put("entryDate", "2018-03-15");
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(tooYoung).post("/api/v1/members")
                .then().statusCode(201).body("status", equalTo("PROBATIONARY"));
    }

    @Test
    void anOfficialDateOneDayShortOfTwelveMonthsIsRejected() {
        UUID cell = Fixtures.provinceCommuneCell()[2];
        Map<String, Object> early = Fixtures.member(cell, "OFFICIAL", LocalDate.of(2015, 9, 2), LocalDate.of(2016, 9, 1));
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(early).post("/api/v1/members")
                .then().statusCode(422).body("code", equalTo("R-PROB-1"));
        early.put("officialDate", "2016-09-02");
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(early).post("/api/v1/members")
                .then().statusCode(201);
        // the same citizen id twice
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(early).post("/api/v1/members")
                .then().statusCode(409).body("code", equalTo("DUPLICATE"));
        assertEquals(1, membersWithCitizenId((String) early.get("citizenId")));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyRegistersOnce() {
        UUID cell = Fixtures.provinceCommuneCell()[2];
        Map<String, Object> body = Fixtures.member(cell, "OFFICIAL", LocalDate.of(2012, 1, 1), LocalDate.of(2013, 1, 1));
        String key = UUID.randomUUID().toString();
        String first = given().header("Authorization", admin()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/v1/members").then().statusCode(201).extract().path("id");
        String again = given().header("Authorization", admin()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/v1/members").then().statusCode(201).extract().path("id");
        assertEquals(first, again);
        assertEquals(1, membersWithCitizenId((String) body.get("citizenId")));
    }

    @Test
    void onlyACurrentCellHoldsMembersAndNoDateLiesInTheFuture() {
        UUID[] tree = Fixtures.provinceCommuneCell();
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body(Fixtures.member(tree[1], "OFFICIAL", LocalDate.of(2010, 1, 1), LocalDate.of(2011, 1, 1)))
                .post("/api/v1/members").then().statusCode(422).body("code", equalTo("ORG-CELL"));
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body(Fixtures.member(tree[2], "PROBATIONARY", LocalDate.now().plusDays(2), null))
                .post("/api/v1/members").then().statusCode(400);
    }

    @Test
    void searchIgnoresAccentsStaysInScopeAndLogsTheRead() throws Exception {
        UUID[] mine = Fixtures.provinceCommuneCell();
        UUID[] other = Fixtures.provinceCommuneCell();
        Map<String, Object> body = Fixtures.member(mine[2], "OFFICIAL", LocalDate.of(2010, 1, 1), LocalDate.of(2011, 1, 1));
        body.put("fullName", "Trần Văn Đức");
        String id = given().header("Authorization", admin()).contentType(ContentType.JSON).body(body).post("/api/v1/members")
                .then().statusCode(201).extract().path("id");
        String mineUser = TestTokens.bearer("cell", mine[1]);
        String otherUser = TestTokens.bearer("cell", other[1]);
        given().header("Authorization", mineUser).queryParam("q", "tran van duc").get("/api/v1/members").then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.fullName", hasItem("Trần Văn Đức"));
        given().header("Authorization", otherUser).queryParam("q", "tran van duc").get("/api/v1/members").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().header("Authorization", otherUser).get("/api/v1/members/" + id).then().statusCode(404);
        given().header("Authorization", otherUser).queryParam("cellId", mine[2]).get("/api/v1/members").then().statusCode(404);
        given().header("Authorization", otherUser).contentType(ContentType.JSON)
                .body(Map.of("reason", "DECEASED", "date", "2024-01-01")).post("/api/v1/members/" + id + "/leave").then().statusCode(404);
        given().header("Authorization", mineUser).queryParam("cellId", mine[2]).get("/api/v1/members").then().statusCode(200)
                .body("items", hasSize(1));
        given().header("Authorization", mineUser).get("/api/v1/members/" + id).then().statusCode(200)
                .body("citizenId", equalTo(body.get("citizenId")));
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("SELECT count(*) FROM personal_data_access WHERE resource_type = 'member' AND resource_id = ?")) {
            query.setString(1, id);
            var rows = query.executeQuery();
            rows.next();
            assertEquals(3, rows.getInt(1), "the two searches and the read by the commune user were logged; the refused reads were not");
        }
    }

    @Test
    void transferAndLeaveKeepCountsExactOnEveryDay() {
        UUID[] tree = Fixtures.provinceCommuneCell();
        UUID cellA = tree[2];
        UUID cellB = Fixtures.organisation(tree[1], "CELL", "Chi bộ thôn Bắc");
        UUID area = UUID.fromString(given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body(Map.of("communeId", tree[1], "kind", "THON", "name", "Thôn " + UUID.randomUUID(), "coveringCellId", cellA))
                .post("/api/v1/residential-areas").then().statusCode(201).extract().path("id"));
        UUID first = Fixtures.officialMember(cellA, LocalDate.of(2010, 1, 1));
        UUID second = Fixtures.officialMember(cellA, LocalDate.of(2010, 1, 1));
        Map<String, Object> livingInArea = Fixtures.member(cellA, "OFFICIAL", LocalDate.of(2010, 1, 1), LocalDate.of(2011, 1, 1));
        livingInArea.put("residentialAreaId", area);
        UUID third = UUID.fromString(given().header("Authorization", admin()).contentType(ContentType.JSON).body(livingInArea)
                .post("/api/v1/members").then().statusCode(201).extract().path("id"));
        Map<String, Object> probationary = Fixtures.member(cellA, "PROBATIONARY", LocalDate.of(2025, 1, 1), null);
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(probationary).post("/api/v1/members").then().statusCode(201);

        LocalDate transferDay = LocalDate.of(2024, 6, 3);
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body(Map.of("toCellId", cellB, "date", transferDay.toString())).post("/api/v1/members/" + first + "/transfer")
                .then().statusCode(200).body("cellId", equalTo(cellB.toString()));
        LocalDate leaveDay = LocalDate.of(2025, 3, 1);
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body(Map.of("reason", "DECEASED", "date", leaveDay.toString())).post("/api/v1/members/" + third + "/leave")
                .then().statusCode(200).body("leaveReason", equalTo("DECEASED"));

        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(3, roll.officialMemberCount(cellA, transferDay.minusDays(1)));
            assertEquals(2, roll.officialMemberCount(cellA, transferDay));
            assertEquals(0, roll.officialMemberCount(cellB, transferDay.minusDays(1)));
            assertEquals(List.of(first), roll.officialMembersOn(cellB, transferDay));
            assertEquals(2, roll.officialMemberCount(cellA, leaveDay.minusDays(1)));
            assertEquals(1, roll.officialMemberCount(cellA, leaveDay));
            assertEquals(List.of(second), roll.officialMembersOn(cellA, leaveDay));
            assertEquals(2, roll.memberCount(cellA, leaveDay), "the probationary member counts as a member, not as official");
            assertEquals(cellA, roll.memberOn(first, transferDay.minusDays(1)).orElseThrow().cellId());
            assertEquals(cellB, roll.memberOn(first, transferDay).orElseThrow().cellId());
            assertEquals(MemberStatus.OFFICIAL, roll.memberOn(first, transferDay).orElseThrow().status());
            assertEquals(LocalDate.of(2011, 1, 1), roll.memberOn(first, transferDay).orElseThrow().officialSince());
            assertEquals(MemberStatus.PROBATIONARY, roll.memberOn(second, LocalDate.of(2010, 12, 31)).orElseThrow().status());
            assertTrue(roll.memberOn(third, leaveDay).isEmpty(), "not on the roll from the day of leaving");
            assertTrue(roll.memberOn(second, LocalDate.of(2009, 12, 31)).isEmpty(), "not on the roll before entry");
            assertEquals(tree[1], roll.grassrootsOrganisationOf(cellA).orElseThrow().id());
        });
        given().header("Authorization", admin()).get("/api/v1/organisations/" + cellA).then()
                .body("members", equalTo(2)).body("officialMembers", equalTo(1));
        given().header("Authorization", admin()).get("/api/v1/organisations/" + cellB).then()
                .body("members", equalTo(1)).body("officialMembers", equalTo(1));
        given().header("Authorization", admin()).get("/api/v1/residential-areas/" + area).then().body("members", equalTo(0));

        // out of order: a transfer not after the current stay began, leaving twice
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body(Map.of("toCellId", cellA, "date", transferDay.toString())).post("/api/v1/members/" + first + "/transfer")
                .then().statusCode(409);
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body(Map.of("reason", "RESIGNED", "date", leaveDay.toString())).post("/api/v1/members/" + third + "/leave")
                .then().statusCode(409).body("code", equalTo("MEMBER_LEFT"));
    }

    @Test
    void theGrassrootsOrganisationIsTheNearestGrassrootsCommittee() {
        UUID[] tree = Fixtures.provinceCommuneCell();
        UUID committee = Fixtures.organisation(tree[1], "GRASSROOTS_COMMITTEE", "Đảng bộ Trường THPT");
        UUID partial = Fixtures.organisation(committee, "PARTIAL_COMMITTEE", "Đảng bộ bộ phận Khối A");
        UUID cell = Fixtures.organisation(partial, "CELL", "Chi bộ Giáo viên Toán");
        QuarkusTransaction.requiringNew().run(() ->
                assertEquals(committee, roll.grassrootsOrganisationOf(cell).orElseThrow().id()));
    }

    private int membersWithCitizenId(String citizenId) {
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("SELECT count(*) FROM member WHERE citizen_id = ?")) {
            query.setString(1, citizenId);
            var rows = query.executeQuery();
            rows.next();
            return rows.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
