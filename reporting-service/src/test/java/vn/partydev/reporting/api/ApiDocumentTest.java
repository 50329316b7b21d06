package vn.partydev.reporting.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.partydev.local.TestTokens;
import vn.partydev.platform.scope.OrganisationRef;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** reporting-service publishes no events: its OpenAPI document does not offer the event feed, which it does not serve. */
@QuarkusTest
class ApiDocumentTest {

    @Test
    void theFeedIsNeitherServedNorDocumented() {
        given().header("Authorization", TestTokens.bearer("feed", OrganisationRef.NATIONAL_ROOT_ID))
                .get("/api/v1/events").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/events'", nullValue())
                .body("paths.'/api/v1/events/asyncapi.yaml'.get", notNullValue());
    }

    @Test
    void theEventContractIsServedAsDocumented() {
        given().get("/api/v1/events/asyncapi.yaml").then().statusCode(200);
    }
}
