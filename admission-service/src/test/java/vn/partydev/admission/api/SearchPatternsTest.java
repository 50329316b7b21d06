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
import static org.hamcrest.Matchers.describedAs;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static vn.partydev.admission.Fixtures.admin;

/**
 * The name searches of the member roll and the residential areas take {@code \}, {@code %} and {@code _} as text, as
 * the organisation search does ({@code OrganisationResourceTest}): in a commune holding a member and an area, each of
 * them alone finds nothing (unescaped, {@code %} and {@code _} would find both and {@code \} would break the query).
 */
@QuarkusTest
class SearchPatternsTest {

    @Test
    void backslashPercentAndUnderscoreFindNoMemberAndNoAreaByAccident() {
        UUID[] tree = Fixtures.provinceCommuneCell();
        UUID commune = tree[1];
        Fixtures.officialMember(tree[2], LocalDate.of(2010, 1, 1));
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body(Map.of("communeId", commune, "kind", "THON", "name", "Thôn Hòa " + UUID.randomUUID().toString().substring(0, 8), "population", 900))
                .post("/api/v1/residential-areas").then().statusCode(201);
        String organiser = TestTokens.bearer("organiser", commune);
        for (String path : List.of("/api/v1/members", "/api/v1/residential-areas")) {
            search(organiser, path, "hoa").body("items", describedAs(path + "?q=hoa finds what the commune holds", hasSize(1)));
            for (String q : List.of("%", "_", "\\")) {
                search(organiser, path, q).body("items", describedAs(path + "?q=" + q + " is taken literally", empty()));
            }
        }
    }

    private static io.restassured.response.ValidatableResponse search(String token, String path, String q) {
        // encoded here, so that the client cannot take a '%' for an escape of its own
        return given().urlEncodingEnabled(false).header("Authorization", token)
                .queryParam("q", URLEncoder.encode(q, StandardCharsets.UTF_8)).get(path).then().statusCode(200);
    }
}
