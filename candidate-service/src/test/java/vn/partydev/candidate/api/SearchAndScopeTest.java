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
import vn.partydev.local.TestTokens;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /api/v1/candidates: accent-insensitive search with real Vietnamese names, pages, filters, and the caller's subtree. */
@QuarkusTest
class SearchAndScopeTest {

    private static OrganisationTree tree;
    private static final Map<String, String> IDS = new java.util.HashMap<>();

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void candidates() {
        if (tree != null) {
            return;
        }
        tree = OrganisationTree.announce(dataSource);
        for (String name : List.of("Nguyễn Văn A", "Đặng Thị Thu Hà", "Trần Đức Anh", "Lê Thị Ngọc Ánh",
                "Phạm Minh Đức", "Hoàng Văn Nguyên", "Vũ Thị Hằng")) {
            IDS.put(name, nominate(name, tree.cellA1.id(), tree.communeA.id()));
        }
        IDS.put("Bùi Thị Xuân", nominate("Bùi Thị Xuân", tree.grassrootsCellA3.id(), tree.communeA.id()));
        IDS.put("Nguyễn Văn An", nominate("Nguyễn Văn An", tree.grassrootsCellB1.id(), tree.communeB.id()));
    }

    private static String nominate(String name, UUID cellId, UUID orgId) {
        return given().header("Authorization", TestTokens.bearer("organiser", orgId)).contentType(ContentType.JSON)
                .body(People.nominee(name, cellId)).post("/api/v1/candidates").then().statusCode(201).extract().path("id");
    }

    private static String communeA() {
        return TestTokens.bearer("viewer", tree.communeA.id());
    }

    @Test
    void plainLettersFindTheNameWithDiacritics() {
        given().header("Authorization", communeA()).queryParam("q", "nguyen van a").get("/api/v1/candidates").then()
                .statusCode(200).body("items.fullName", hasItem("Nguyễn Văn A"));
    }

    @Test
    void dangFindsDang() {
        given().header("Authorization", communeA()).queryParam("q", "dang").get("/api/v1/candidates").then()
                .statusCode(200).body("items.fullName", containsInAnyOrder("Đặng Thị Thu Hà"));
    }

    @Test
    void ducFindsBothDucs() {
        given().header("Authorization", communeA()).queryParam("q", "DUC").get("/api/v1/candidates").then()
                .statusCode(200).body("items.fullName", containsInAnyOrder("Trần Đức Anh", "Phạm Minh Đức"));
    }

    @Test
    void decomposedQueryFindsTheComposedRecord() {
        String nfd = Normalizer.normalize("Lê Thị Ngọc Ánh", Normalizer.Form.NFD);
        given().header("Authorization", communeA()).queryParam("q", nfd).get("/api/v1/candidates").then()
                .statusCode(200).body("items.fullName", containsInAnyOrder("Lê Thị Ngọc Ánh"));
    }

    @Test
    void likeWildcardsInTheQueryAreTakenLiterally() {
        given().header("Authorization", communeA()).get("/api/v1/candidates").then().statusCode(200).body("items", not(empty()));
        for (String q : List.of("%", "_", "\\")) {
            // encoded here, so that the client cannot take a '%' for an escape of its own
            given().urlEncodingEnabled(false).header("Authorization", communeA())
                    .queryParam("q", java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)).get("/api/v1/candidates").then()
                    .statusCode(200).body("items", empty());
        }
    }

    @Test
    void pagesCoverTheListExactlyOnce() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().header("Authorization", communeA()).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/candidates").then().statusCode(200).extract();
            List<String> ids = page.path("items.id");
            seen.addAll(ids);
            cursor = page.path("nextCursor");
            if (cursor != null) {
                assertTrue(page.header("Link").contains("rel=\"next\""), page.header("Link"));
                assertTrue(page.header("Link").contains("cursor="), page.header("Link"));
            } else {
                assertNull(page.header("Link"));
            }
            pages++;
        } while (cursor != null);
        assertEquals(3, pages);
        assertEquals(8, seen.size());
        assertEquals(8, new HashSet<>(seen).size());
        assertTrue(seen.contains(IDS.get("Bùi Thị Xuân")));
    }

    @Test
    void aForgedCursorIs400() {
        given().header("Authorization", communeA()).queryParam("cursor", "not-a-cursor").get("/api/v1/candidates").then()
                .statusCode(400).body("code", equalTo("INVALID_CURSOR"));
    }

    @Test
    void aLimitAboveTheMaximumIs400() {
        given().header("Authorization", communeA()).queryParam("limit", 501).get("/api/v1/candidates").then().statusCode(400);
    }

    @Test
    void anUnknownStatusIs400() {
        given().header("Authorization", communeA()).queryParam("status", "ELECTED").get("/api/v1/candidates").then().statusCode(400);
    }

    @Test
    void cellFilterKeepsOneCell() {
        given().header("Authorization", communeA()).queryParam("cellId", tree.grassrootsCellA3.id()).get("/api/v1/candidates")
                .then().statusCode(200).body("items.fullName", containsInAnyOrder("Bùi Thị Xuân"));
    }

    @Test
    void organisationFilterKeepsASubtree() {
        given().header("Authorization", communeA()).queryParam("orgId", tree.committeeA.id()).queryParam("limit", 50)
                .get("/api/v1/candidates").then().statusCode(200)
                .body("items.size()", equalTo(7)).body("items.fullName", not(hasItem("Bùi Thị Xuân")));
    }

    @Test
    void statusAndSourceFilters() {
        given().header("Authorization", communeA()).queryParam("status", "NOMINATED").queryParam("source", "YOUTH_UNION")
                .queryParam("limit", 50).get("/api/v1/candidates").then().statusCode(200).body("items.size()", equalTo(8));
        given().header("Authorization", communeA()).queryParam("status", "LISTED").get("/api/v1/candidates").then()
                .statusCode(200).body("items", empty());
        given().header("Authorization", communeA()).queryParam("source", "ARMY_UNIT").get("/api/v1/candidates").then()
                .statusCode(200).body("items", empty());
    }

    @Test
    void anotherCommunesCandidatesAreAbsentFromLists() {
        given().header("Authorization", communeA()).queryParam("q", "nguyen van a").get("/api/v1/candidates").then()
                .statusCode(200).body("items.fullName", not(hasItem("Nguyễn Văn An")));
        given().header("Authorization", TestTokens.bearer("viewer", tree.province.id())).queryParam("q", "nguyen van a")
                .get("/api/v1/candidates").then().statusCode(200)
                .body("items.fullName", containsInAnyOrder("Nguyễn Văn A", "Nguyễn Văn An"));
    }

    @Test
    void anotherCommunesCandidateIs404() {
        String theirs = IDS.get("Nguyễn Văn An");
        given().header("Authorization", communeA()).get("/api/v1/candidates/{id}", theirs).then().statusCode(404)
                .body("detail", not(containsString("Nguyễn")));
        given().header("Authorization", communeA()).get("/api/v1/candidates/{id}/history", theirs).then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("organiser", tree.communeA.id())).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(Map.of("person", Map.of("occupation", "FARMER")))
                .patch("/api/v1/candidates/{id}", theirs).then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("organiser", tree.communeA.id())).contentType(ContentType.JSON)
                .body(Map.of("resolutionDate", "2025-10-01")).post("/api/v1/candidates/{id}/listing", theirs).then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("viewer", tree.communeB.id())).get("/api/v1/candidates/{id}", theirs)
                .then().statusCode(200).body("person.fullName", equalTo("Nguyễn Văn An"));
    }

    @Test
    void filtersOutsideTheSubtreeAre404() {
        given().header("Authorization", communeA()).queryParam("orgId", tree.communeB.id()).get("/api/v1/candidates").then().statusCode(404);
        given().header("Authorization", communeA()).queryParam("cellId", tree.grassrootsCellB1.id()).get("/api/v1/candidates").then().statusCode(404);
    }

    @Test
    void readsOfNamesAreWrittenToTheAccessLog() {
        Rows rows = new Rows(dataSource);
        String id = IDS.get("Vũ Thị Hằng");
        long before = rows.count("SELECT count(*) FROM personal_data_access WHERE resource_type = 'candidate' AND resource_id = ?", id);
        given().header("Authorization", communeA()).get("/api/v1/candidates/{id}", id).then().statusCode(200);
        assertEquals(before + 1, rows.count("SELECT count(*) FROM personal_data_access WHERE resource_type = 'candidate' AND resource_id = ?", id));
        long lists = rows.count("SELECT count(*) FROM personal_data_access WHERE resource_type = 'candidate-list' AND resource_id = ?",
                tree.communeA.id().toString());
        given().header("Authorization", communeA()).get("/api/v1/candidates").then().statusCode(200).body("nextCursor", nullValue());
        assertEquals(lists + 1, rows.count("SELECT count(*) FROM personal_data_access WHERE resource_type = 'candidate-list' AND resource_id = ?",
                tree.communeA.id().toString()));
    }
}
