package vn.partydev.platform.testapp;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vn.partydev.local.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Requests of the test application, as a given role of a given organisation. */
final class SpecimenRequests {

    private SpecimenRequests() {
    }

    static RequestSpecification as(String role, UUID organisation) {
        return given().header("Authorization", TestTokens.bearer(role, organisation));
    }

    static String body(String name, UUID organisation) {
        return """
                {"person": {"name": "%s", "citizenId": "001099012345"}, "organisationId": "%s", "copies": 1,
                 "kind": "RARE"}""".formatted(name, organisation);
    }

    /** Creates a specimen and answers its id. */
    static String create(String role, UUID organisation, String name) {
        return as(role, organisation).contentType(ContentType.JSON).body(body(name, organisation))
                .post("/api/v1/specimens").then().statusCode(201).extract().path("id");
    }
}
