package vn.partydev.reporting.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.partydev.local.TestTokens;
import vn.partydev.reporting.OnTheDataset;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static vn.partydev.reporting.ReportingDataset.*;

/** Targets are assigned by the parent organisation, and the answer says when they do not add up. */
@QuarkusTest
class TargetsTest extends OnTheDataset {

    @Test
    void childrenThatDoNotAddUpToTheParentAreWarnedAbout() {
        put("admin", ROOT, P2, "2025-2030", 1000).statusCode(200).body("warnings", empty()).body("childrenTotal", nullValue());
        put("organiser", P2, C3, "2025-2030", 900).statusCode(200).body("admissions", equalTo(900))
                .body("warnings", hasItem("the targets of P2's children for 2025-2030 add up to 900, not to P2's 1000"));
        given().header("Authorization", TestTokens.bearer("viewer", P2)).get("/api/v1/targets/" + P2 + "/2025-2030").then().statusCode(200)
                .body("childrenTotal", equalTo(900))
                .body("warnings", hasItem("the children's targets for 2025-2030 add up to 900, not to P2's 1000"));
        put("organiser", P2, C3, "2025-2030", 1000).statusCode(200).body("warnings", empty());
        given().header("Authorization", TestTokens.bearer("viewer", P2)).get("/api/v1/targets/" + P2 + "/2025-2030").then().statusCode(200)
                .body("warnings", empty()).body("childrenTotal", equalTo(1000)).body("setBy", equalTo("test-admin"));
    }

    @Test
    void onlyAnOrganiserOrAdministratorOfTheParentAssignsATarget() {
        put("organiser", C3, C3, "2027", 10).statusCode(403).body("code", equalTo("TARGET_SET_BY_PARENT"));
        put("cell", P2, C3, "2027", 10).statusCode(403);
        put("organiser", P1, C3, "2027", 10).statusCode(404);
        put("organiser", ROOT, P2, "2027", 10).statusCode(200);
        put("organiser", ROOT, ROOT, "2027", 10).statusCode(403);
        put("admin", ROOT, ROOT, "2027", 10).statusCode(200);
    }

    @Test
    void badTargetsAreRejectedWritingNothing() {
        put("organiser", P2, C3, "2027-Q1", 10).statusCode(400).body("code", equalTo("INVALID_PERIOD"))
                .body("detail", containsString("per year (2026) or per term (2025-2030)"));
        put("organiser", P2, C3, "2026", -1).statusCode(400);
        given().header("Authorization", TestTokens.bearer("organiser", P2)).contentType("application/json").body("{}")
                .put("/api/v1/targets/" + C3 + "/2026").then().statusCode(400);
        given().header("Authorization", TestTokens.bearer("viewer", P2)).get("/api/v1/targets/" + C3 + "/2028").then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("viewer", C3)).get("/api/v1/targets/" + P2 + "/2025-2030").then().statusCode(404);
    }

    private static io.restassured.response.ValidatableResponse put(String role, java.util.UUID callerOrg, java.util.UUID org, String period, int admissions) {
        return given().header("Authorization", TestTokens.bearer(role, callerOrg)).contentType("application/json")
                .body(Map.of("admissions", admissions)).put("/api/v1/targets/" + org + "/" + period).then();
    }
}
