package vn.partydev.admission.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.partydev.admission.Fixtures;
import vn.partydev.local.TestTokens;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.describedAs;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partydev.admission.Fixtures.ROOT;
import static vn.partydev.admission.Fixtures.admin;

@QuarkusTest
class OrganisationResourceTest {

    @Test
    void aCellIsReadWithItsLineageChildrenAndPath() {
        UUID[] tree = Fixtures.provinceCommuneCell();
        given().header("Authorization", admin()).get("/api/v1/organisations/" + tree[2]).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("organisation.kind", equalTo("CELL"))
                .body("organisation.path", equalTo("/" + ROOT + "/" + tree[0] + "/" + tree[1] + "/" + tree[2] + "/"))
                .body("lineage.id", contains(ROOT.toString(), tree[0].toString(), tree[1].toString()))
                .body("children", hasSize(0))
                .body("members", equalTo(0));
        given().header("Authorization", admin()).get("/api/v1/organisations/" + tree[1]).then().statusCode(200)
                .body("children.id", contains(tree[2].toString()))
                .body("members", nullValue());
    }

    @Test
    void aCellCannotSitUnderAProvinceNorUnderACell() {
        UUID[] tree = Fixtures.provinceCommuneCell();
        for (UUID parent : List.of(tree[0], tree[2])) {
            given().header("Authorization", admin()).contentType(ContentType.JSON)
                    .body(Map.of("parentId", parent, "code", Fixtures.uniqueCode("X"), "name", "Chi bộ", "kind", "CELL"))
                    .post("/api/v1/organisations").then().statusCode(422)
                    .contentType("application/problem+json").body("code", equalTo("ORG-TREE"));
        }
    }

    @Test
    void aCurrentCodeCannotBeUsedTwice() {
        String code = Fixtures.uniqueCode("P");
        Map<String, Object> body = Map.of("parentId", ROOT, "code", code, "name", "Tỉnh ủy A", "kind", "PROVINCIAL");
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(body).post("/api/v1/organisations").then().statusCode(201);
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(body).post("/api/v1/organisations").then().statusCode(409)
                .body("code", equalTo("DUPLICATE"));
    }

    @Test
    void missingNameOrBadCodeIsRejectedWith400() {
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body(Map.of("parentId", ROOT, "code", "has space", "name", "", "kind", "PROVINCIAL"))
                .post("/api/v1/organisations").then().statusCode(400);
    }

    @Test
    void aCommuneUserSeesItsOwnSubtreeAndGets404ForAnotherCommune() {
        UUID[] mine = Fixtures.provinceCommuneCell();
        UUID[] other = Fixtures.provinceCommuneCell();
        String communeUser = TestTokens.bearer("organiser", mine[1]);
        given().header("Authorization", communeUser).get("/api/v1/organisations/" + mine[2]).then().statusCode(200);
        given().header("Authorization", communeUser).get("/api/v1/organisations/" + other[2]).then().statusCode(404);
        given().header("Authorization", communeUser).get("/api/v1/organisations/" + mine[0]).then().statusCode(404);
        given().header("Authorization", communeUser).contentType(ContentType.JSON)
                .body(Map.of("parentId", other[1], "code", Fixtures.uniqueCode("C"), "name", "Chi bộ lạ", "kind", "CELL"))
                .post("/api/v1/organisations").then().statusCode(404);
        given().header("Authorization", communeUser).queryParam("limit", 500).get("/api/v1/organisations").then().statusCode(200)
                .body("items.id", hasItem(mine[2].toString()))
                .body("items.id", not(hasItem(other[2].toString())))
                .body("items.id", not(hasItem(other[1].toString())));
    }

    @Test
    void listFindsByNameWithoutAccentsAndPagesByCursor() {
        UUID province = Fixtures.organisation(ROOT, "PROVINCIAL", "Tỉnh ủy Phân Trang");
        UUID commune = Fixtures.organisation(province, "COMMUNE", "Đảng bộ xã Phân Trang");
        for (int i = 0; i < 3; i++) {
            Fixtures.organisation(commune, "CELL", "Chi bộ Đồng Tâm " + i);
        }
        String first = given().header("Authorization", admin()).queryParam("q", "chi bo dong tam").queryParam("parentId", commune)
                .queryParam("limit", 2).get("/api/v1/organisations").then().statusCode(200)
                .header("Link", startsWith("<")).body("items", hasSize(2)).extract().path("nextCursor");
        given().header("Authorization", admin()).queryParam("q", "chi bo dong tam").queryParam("parentId", commune)
                .queryParam("limit", 2).queryParam("cursor", first).get("/api/v1/organisations").then().statusCode(200)
                .body("items", hasSize(1)).body("nextCursor", nullValue());
        given().header("Authorization", admin()).queryParam("limit", 0).get("/api/v1/organisations").then().statusCode(400);
    }

    @Test
    void searchTreatsBackslashPercentAndUnderscoreAsText() {
        UUID commune = Fixtures.provinceCommuneCell()[1];
        UUID literal = Fixtures.organisation(commune, "CELL", "Chi bộ 10%_a\\b");
        UUID other = Fixtures.organisation(commune, "CELL", "Chi bộ 10xyab");
        for (String q : List.of("10%_a\\b", "%", "_", "\\")) {
            // encoded here, so that the client cannot take a '%' for an escape of its own
            given().urlEncodingEnabled(false).header("Authorization", admin())
                    .queryParam("q", URLEncoder.encode(q, StandardCharsets.UTF_8)).queryParam("parentId", commune)
                    .get("/api/v1/organisations").then().statusCode(200)
                    .body("items.id", describedAs("q=" + q + " finds the literal name", contains(literal.toString())))
                    .body("items.id", not(hasItem(other.toString())));
        }
    }

    @Test
    void anUpdateNeedsTheCurrentETag() {
        UUID province = Fixtures.organisation(ROOT, "PROVINCIAL", "Tỉnh ủy Cũ");
        Map<String, Object> change = Map.of("parentId", ROOT, "code", Fixtures.uniqueCode("P"), "name", "Tỉnh ủy Mới", "mayDecideAdmission", true);
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(change)
                .put("/api/v1/organisations/" + province).then().statusCode(428);
        given().header("Authorization", admin()).header("If-Match", "\"7\"").contentType(ContentType.JSON).body(change)
                .put("/api/v1/organisations/" + province).then().statusCode(412);
        given().header("Authorization", admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(change)
                .put("/api/v1/organisations/" + province).then().statusCode(200)
                .header("ETag", "\"1\"").body("name", equalTo("Tỉnh ủy Mới")).body("mayDecideAdmission", equalTo(true));
        given().header("Authorization", admin()).header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .body(Map.of("population", 5000)).patch("/api/v1/organisations/" + province).then().statusCode(200)
                .body("population", equalTo(5000)).body("name", equalTo("Tỉnh ủy Mới"));
    }

    @Test
    void aMoveRepathsTheSubtreeAndItsMembers() {
        UUID[] tree = Fixtures.provinceCommuneCell();
        UUID otherProvince = Fixtures.organisation(ROOT, "PROVINCIAL", "Tỉnh ủy Nhận");
        UUID member = Fixtures.officialMember(tree[2], LocalDate.of(2010, 1, 1));
        String commune = tree[1].toString();
        given().header("Authorization", admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("parentId", otherProvince)).patch("/api/v1/organisations/" + commune).then().statusCode(200);
        String expected = "/" + ROOT + "/" + otherProvince + "/" + tree[1] + "/" + tree[2] + "/";
        given().header("Authorization", admin()).get("/api/v1/organisations/" + tree[2]).then().statusCode(200)
                .body("organisation.path", equalTo(expected));
        // the old province's users no longer see the commune's member; the new one's do
        given().header("Authorization", TestTokens.bearer("organiser", tree[0])).get("/api/v1/members/" + member).then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("organiser", otherProvince)).get("/api/v1/members/" + member).then().statusCode(200);
        // a node cannot move under its own descendant
        given().header("Authorization", admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("parentId", tree[2])).patch("/api/v1/organisations/" + otherProvince).then().statusCode(422);
    }

    @Test
    void retiringANonEmptyCellNeedsASuccessorWhichReceivesItsMembers() {
        UUID[] tree = Fixtures.provinceCommuneCell();
        UUID successor = Fixtures.organisation(tree[1], "CELL", "Chi bộ thôn Tây");
        UUID member = Fixtures.officialMember(tree[2], LocalDate.of(2010, 1, 1));
        LocalDate mergedOn = LocalDate.of(2025, 7, 1);
        given().header("Authorization", admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("date", mergedOn.toString())).post("/api/v1/organisations/" + tree[2] + "/retirement")
                .then().statusCode(409).body("code", equalTo("ORGANISATION_NOT_EMPTY"));
        given().header("Authorization", admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("date", mergedOn.toString(), "successorId", successor)).post("/api/v1/organisations/" + tree[2] + "/retirement")
                .then().statusCode(200).body("validTo", equalTo(mergedOn.toString())).body("successorId", equalTo(successor.toString()));
        given().header("Authorization", admin()).get("/api/v1/members/" + member).then().statusCode(200)
                .body("cellId", equalTo(successor.toString()));
        given().header("Authorization", admin()).get("/api/v1/organisations/" + successor).then().body("members", equalTo(1));
        given().header("Authorization", admin()).get("/api/v1/organisations/" + tree[2]).then().body("members", equalTo(0));
        String listed = given().header("Authorization", admin()).queryParam("parentId", tree[1]).get("/api/v1/organisations")
                .then().extract().asString();
        assertEquals(false, listed.contains(tree[2].toString()), "a retired cell is not listed by default");
    }
}
