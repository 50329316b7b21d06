package vn.partydev.admission.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.partydev.admission.Fixtures;
import vn.partydev.admission.cases.CaseFixtures;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partydev.admission.Fixtures.admin;

/** R-ORG-1: nothing an organisation holds is dated before it was founded (validFrom) or once it was retired (validTo). */
@QuarkusTest
class OrganisationValidityTest {

    @Inject
    CaseFixtures fixtures;

    @Test
    void aMemberEnteringOneDayBeforeTheCellWasFoundedIsRefusedOnTheDayAccepted() throws Exception {
        UUID commune = Fixtures.provinceCommuneCell()[1];
        UUID cell = Fixtures.organisation(commune, "CELL", "Chi bộ thôn Mới", LocalDate.of(2015, 6, 1));
        Map<String, Object> body = Fixtures.member(cell, "OFFICIAL", LocalDate.of(2015, 5, 31), LocalDate.of(2016, 6, 1));
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(body).post("/api/v1/members")
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("R-ORG-1"))
                .body("detail", containsString("valid from 2015-06-01"));
        assertEquals(0, count("SELECT count(*) FROM member WHERE citizen_id = ?", body.get("citizenId")));
        assertEquals(0, count("SELECT count(*) FROM member_cell_period WHERE cell_id = ?", cell));
        body.put("entryDate", "2015-06-01");
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(body).post("/api/v1/members")
                .then().statusCode(201).body("entryDate", equalTo("2015-06-01"));
    }

    @Test
    void aTransferDatedBeforeTheReceivingCellWasFoundedIsRefusedOnTheDayAccepted() throws Exception {
        UUID[] tree = Fixtures.provinceCommuneCell();
        UUID newCell = Fixtures.organisation(tree[1], "CELL", "Chi bộ khu phố Mới", LocalDate.of(2024, 3, 1));
        UUID member = Fixtures.officialMember(tree[2], LocalDate.of(2010, 1, 1));
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body(Map.of("toCellId", newCell, "date", "2024-02-29")).post("/api/v1/members/" + member + "/transfer")
                .then().statusCode(422).body("code", equalTo("R-ORG-1"));
        assertEquals(0, count("SELECT count(*) FROM member_cell_period WHERE cell_id = ?", newCell));
        assertEquals(1, count("SELECT count(*) FROM member WHERE id = ? AND cell_id = ?", member, tree[2]));
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body(Map.of("toCellId", newCell, "date", "2024-03-01")).post("/api/v1/members/" + member + "/transfer")
                .then().statusCode(200).body("cellId", equalTo(newCell.toString()));
    }

    @Test
    void aMemberEnteringOnTheDayTheCellWasRetiredIsRefused() throws Exception {
        UUID[] tree = Fixtures.provinceCommuneCell();
        given().header("Authorization", admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("date", "2025-07-01")).post("/api/v1/organisations/" + tree[2] + "/retirement")
                .then().statusCode(200);
        Map<String, Object> body = Fixtures.member(tree[2], "OFFICIAL", LocalDate.of(2025, 7, 1), LocalDate.of(2026, 7, 1));
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(body).post("/api/v1/members")
                .then().statusCode(422).body("code", equalTo("R-ORG-1"))
                .body("detail", containsString("retired on 2025-07-01"));
        assertEquals(0, count("SELECT count(*) FROM member WHERE citizen_id = ?", body.get("citizenId")));
    }

    private long count(String sql, Object... parameters) throws Exception {
        return fixtures.count(sql, parameters);
    }
}
