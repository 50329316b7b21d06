package vn.partydev.admission.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.partydev.admission.Fixtures;
import vn.partydev.local.TestTokens;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partydev.admission.Fixtures.admin;

/**
 * PUT /api/v1/residential-areas/{id}: the change needs the current ETag, stays inside the commune's rules and the
 * caller's subtree, and publishes ResidentialAreaRegistered with the whole new state; a refused change writes nothing.
 */
@QuarkusTest
class ResidentialAreaChangeTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aChangeNeedsTheCurrentETagAndPublishesTheNewState() throws Exception {
        UUID[] tree = Fixtures.provinceCommuneCell();
        UUID commune = tree[1];
        UUID cell = tree[2];
        String name = "Thôn " + UUID.randomUUID().toString().substring(0, 8);
        UUID area = UUID.fromString(given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body(Map.of("communeId", commune, "kind", "THON", "name", name, "population", 900))
                .post("/api/v1/residential-areas").then().statusCode(201).header("ETag", "\"0\"").extract().path("id"));
        Map<String, Object> change = new HashMap<>(Map.of("communeId", commune, "kind", "BAN", "name", name + " Mới",
                "disadvantaged", true, "coveringCellId", cell, "population", 1250));
        String before = footprint(area);
        assertEquals("0|" + name + "|f|1", before);

        given().header("Authorization", admin()).contentType(ContentType.JSON).body(change)
                .put("/api/v1/residential-areas/" + area).then().statusCode(428);
        given().header("Authorization", admin()).header("If-Match", "\"3\"").contentType(ContentType.JSON).body(change)
                .put("/api/v1/residential-areas/" + area).then().statusCode(412);
        // a covering cell of another commune
        UUID otherCell = Fixtures.provinceCommuneCell()[2];
        Map<String, Object> wrongCell = new HashMap<>(change);
        wrongCell.put("coveringCellId", otherCell);
        given().header("Authorization", admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(wrongCell)
                .put("/api/v1/residential-areas/" + area).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("AREA-COMMUNE"));
        // a user of another commune does not see the area at all
        UUID otherCommune = Fixtures.organisation(tree[0], "COMMUNE", "Đảng bộ xã Tây Hòa");
        given().header("Authorization", TestTokens.bearer("organiser", otherCommune)).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(change)
                .put("/api/v1/residential-areas/" + area).then().statusCode(404);
        assertEquals(before, footprint(area), "refused changes wrote nothing and published nothing");

        given().header("Authorization", TestTokens.bearer("organiser", commune)).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(change)
                .put("/api/v1/residential-areas/" + area).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("kind", equalTo("BAN"))
                .body("name", equalTo(name + " Mới"))
                .body("disadvantaged", equalTo(true))
                .body("coveringCellId", equalTo(cell.toString()))
                .body("population", equalTo(1250));
        assertEquals("1|" + name + " Mới|t|2", footprint(area));
        String published = latestEventData(area);
        assertTrue(published.contains("\"disadvantaged\":true") && published.contains("\"coveringCellId\":\"" + cell + "\"")
                && published.contains("\"kind\":\"BAN\""), published);
        given().header("Authorization", admin()).get("/api/v1/residential-areas/" + area).then().statusCode(200)
                .header("ETag", "\"1\"").body("disadvantaged", equalTo(true));
    }

    /** version | name | disadvantaged | ResidentialAreaRegistered events about the area. */
    private String footprint(UUID area) throws Exception {
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("SELECT a.version || '|' || a.name || '|' || CASE WHEN a.disadvantaged THEN 't' ELSE 'f' END || '|' ||"
                     + " (SELECT count(*) FROM outbox_event o WHERE o.subject = a.id::text"
                     + " AND o.type = 'vn.partydev.admission.ResidentialAreaRegistered.v1') FROM residential_area a WHERE a.id = ?")) {
            query.setObject(1, area);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private String latestEventData(UUID area) throws Exception {
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("SELECT data FROM outbox_event WHERE subject = ? ORDER BY position DESC LIMIT 1")) {
            query.setString(1, area.toString());
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
