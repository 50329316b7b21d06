package vn.partydev.admission.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.partydev.admission.Fixtures;
import vn.partydev.admission.cases.CaseFixtures;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partydev.admission.Fixtures.admin;

/**
 * The organisation rules (R-ORG-1, ORG-CELL, ORG-TREE, AREA-COMMUNE) answer {@code Accept-Language: vi} with a
 * Vietnamese sentence carrying the request's own dates and codes, and English otherwise; nothing is written.
 */
@QuarkusTest
class OrganisationRulesInVietnameseTest {

    @Inject
    CaseFixtures fixtures;

    @Test
    void anEntryBeforeTheCellWasFoundedIsRefusedWithItsDatesInBothLanguages() throws Exception {
        UUID commune = Fixtures.provinceCommuneCell()[1];
        UUID cell = Fixtures.organisation(commune, "CELL", "Chi bộ thôn Mới", LocalDate.of(2015, 6, 1));
        String code = code(cell);
        Map<String, Object> body = Fixtures.member(cell, "OFFICIAL", LocalDate.of(2015, 5, 31), LocalDate.of(2016, 6, 1));
        refused("vi", body, "/api/v1/members", "R-ORG-1")
                .body("detail", equalTo("ngày 2015-05-31 trước khi " + code + " được thành lập: tổ chức có hiệu lực từ ngày"
                        + " 2015-06-01 (hãy đăng ký tổ chức với ngày thành lập thật)"));
        refused("en", body, "/api/v1/members", "R-ORG-1")
                .body("detail", equalTo("joining the cell on 2015-05-31 is before " + code + " existed: it is valid from"
                        + " 2015-06-01 (register the organisation with its real founding date)"));
        assertEquals(0, fixtures.count("SELECT count(*) FROM member WHERE citizen_id = ?", body.get("citizenId")));
    }

    @Test
    void aMemberOfACommuneCommitteeIsRefusedNamingTheCommuneInBothLanguages() throws Exception {
        UUID commune = Fixtures.provinceCommuneCell()[1];
        String code = code(commune);
        Map<String, Object> body = Fixtures.member(commune, "OFFICIAL", LocalDate.of(2010, 1, 1), LocalDate.of(2011, 1, 1));
        refused("vi", body, "/api/v1/members", "ORG-CELL")
                .body("detail", equalTo("chỉ chi bộ (GRASSROOTS_CELL hoặc CELL) mới có đảng viên; " + code + " là COMMUNE"));
        refused("en", body, "/api/v1/members", "ORG-CELL")
                .body("detail", equalTo("only a cell (GRASSROOTS_CELL or CELL) holds members; " + code + " is a COMMUNE"));
        assertEquals(0, fixtures.count("SELECT count(*) FROM member WHERE citizen_id = ?", body.get("citizenId")));
    }

    @Test
    void aCellUnderACellAndAnOrganisationOlderThanItsParentAreRefusedInBothLanguages() throws Exception {
        UUID[] tree = Fixtures.provinceCommuneCell();
        String cellCode = code(tree[2]);
        String newCode = Fixtures.uniqueCode("X");
        Map<String, Object> underCell = Map.of("parentId", tree[2], "code", newCode, "name", "Chi bộ", "kind", "CELL");
        refused("vi", underCell, "/api/v1/organisations", "ORG-TREE")
                .body("detail", equalTo("tổ chức loại CELL không thể trực thuộc CELL; dưới CELL chỉ có thể có: —"));
        refused("en", underCell, "/api/v1/organisations", "ORG-TREE")
                .body("detail", equalTo("a CELL cannot sit under a CELL; allowed under a CELL: nothing (a cell is a leaf)"));
        Map<String, Object> older = Map.of("parentId", tree[1], "code", newCode, "name", "Chi bộ", "kind", "CELL",
                "validFrom", "1989-12-31");
        refused("vi", older, "/api/v1/organisations", "ORG-TREE")
                .body("detail", equalTo("ngày thành lập 1989-12-31 trước ngày thành lập của tổ chức cấp trên (1990-01-01)"));
        refused("en", older, "/api/v1/organisations", "ORG-TREE")
                .body("detail", equalTo("validFrom 1989-12-31 is before the parent's 1990-01-01"));
        assertEquals(0, fixtures.count("SELECT count(*) FROM organisation WHERE code = ?", newCode));
        assertEquals(1, fixtures.count("SELECT count(*) FROM organisation WHERE code = ?", cellCode));
    }

    @Test
    void anAreaUnderACellInsteadOfACommuneIsRefusedNamingTheCellInBothLanguages() throws Exception {
        UUID cell = Fixtures.provinceCommuneCell()[2];
        String code = code(cell);
        String name = "Thôn " + Fixtures.uniqueCode("T");
        Map<String, Object> area = Map.of("communeId", cell, "kind", "THON", "name", name, "population", 900);
        refused("vi", area, "/api/v1/residential-areas", "AREA-COMMUNE")
                .body("detail", equalTo("thôn, tổ dân phố thuộc một xã đang hoạt động; " + code + " là CELL"));
        refused("en", area, "/api/v1/residential-areas", "AREA-COMMUNE")
                .body("detail", equalTo("a residential area belongs to a current COMMUNE; " + code + " is a CELL"));
        assertEquals(0, fixtures.count("SELECT count(*) FROM residential_area WHERE name = ?", name));
    }

    private static ValidatableResponse refused(String language, Map<String, Object> body, String path, String code) {
        return given().header("Authorization", admin()).header("Accept-Language", language).contentType(ContentType.JSON)
                .body(body).post(path)
                .then().statusCode(422).contentType("application/problem+json").header("Content-Language", language)
                .body("code", equalTo(code))
                .body("title", equalTo("vi".equals(language) ? "Vi phạm quy định" : "A rule is broken"));
    }

    private static String code(UUID organisation) {
        return given().header("Authorization", admin()).get("/api/v1/organisations/" + organisation)
                .then().statusCode(200).extract().path("organisation.code");
    }
}
