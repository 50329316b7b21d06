package vn.partydev.platform.testapp;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.partydev.platform.testapp.Organisations.COMMUNE_A;
import static vn.partydev.platform.testapp.SpecimenRequests.as;
import static vn.partydev.platform.testapp.SpecimenRequests.create;

/** A browser page on the local console's origin may call the API; a page on another origin may not. */
@QuarkusTest
class CorsTest {

    private static final String CONSOLE = "http://localhost:8090";

    @Test
    void aPreflightFromTheConsoleIsAnsweredWithTheAllowedHeaders() {
        given().header("Origin", CONSOLE)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match,idempotency-key,accept-language")
                .options("/api/v1/specimens/00000000-0000-0000-0000-000000000099/name")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(CONSOLE))
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", allOf(containsString("Authorization"), containsString("If-Match"),
                        containsString("Idempotency-Key"), containsString("Accept-Language"), containsString("Content-Type")));
    }

    @Test
    void anAnswerToTheConsoleExposesETagLocationLinkContentLanguageAndContentDisposition() {
        String id = create("cell", COMMUNE_A, "Võ Thị Sáu");
        as("cell", COMMUNE_A).header("Origin", CONSOLE).get("/api/v1/specimens/" + id)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(CONSOLE))
                .header("Access-Control-Expose-Headers", allOf(containsString("ETag"), containsString("Location"),
                        containsString("Link"), containsString("Content-Language"),
                        containsString("Content-Disposition")));
    }

    @Test
    void anotherOriginIsRefused() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization")
                .options("/api/v1/specimens")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        as("cell", COMMUNE_A).header("Origin", "https://evil.example").get("/api/v1/specimens")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
