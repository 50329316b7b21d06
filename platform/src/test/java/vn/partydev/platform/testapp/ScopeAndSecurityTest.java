package vn.partydev.platform.testapp;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.partydev.platform.testapp.Organisations.COMMUNE_A;
import static vn.partydev.platform.testapp.Organisations.COMMUNE_B;
import static vn.partydev.platform.testapp.Organisations.PROVINCE;
import static vn.partydev.platform.testapp.Organisations.ROOT;
import static vn.partydev.platform.testapp.Organisations.UNKNOWN;
import static vn.partydev.platform.testapp.ProblemAssertions.assertProblem;
import static vn.partydev.platform.testapp.SpecimenRequests.as;
import static vn.partydev.platform.testapp.SpecimenRequests.create;

/** A caller sees its organisation's subtree only; endpoints without a security annotation are denied. */
@QuarkusTest
class ScopeAndSecurityTest {

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource dataSource;

    @jakarta.inject.Inject
    vn.partydev.platform.scope.OrganisationDirectory directory;

    private static final String A_PATH = "/00000000-0000-0000-0000-000000000001/10000000-0000-0000-0000-000000000001/"
            + "20000000-0000-0000-0000-00000000000a/";

    @Test
    void callerScopeComesFromTheOrgClaimAndTheReplica() {
        as("cell", COMMUNE_A).get("/api/v1/specimens/me").then().statusCode(200)
                .body("organisationId", equalTo(COMMUNE_A.toString()))
                .body("path", equalTo(A_PATH))
                .body("likePattern", equalTo(A_PATH + "%"))
                .body("subject", equalTo("test-cell"))
                .body("organiser", equalTo(false));
    }

    @Test
    void anotherCommunesRowIsNotFound() {
        String id = create("cell", COMMUNE_A, "Nguyễn Văn A");
        as("cell", COMMUNE_A).get("/api/v1/specimens/" + id).then().statusCode(200);
        assertProblem(as("cell", COMMUNE_B).get("/api/v1/specimens/" + id).then(), 404, "NOT_FOUND");
        assertProblem(as("cell", COMMUNE_B).get("/api/v1/specimens/" + id + "/citizen-id").then(), 404, "NOT_FOUND");
    }

    @Test
    void theProvinceAndTheCentreSeeTheCommunesRows() {
        String id = create("cell", COMMUNE_A, "Đặng Thị Ánh");
        as("organiser", PROVINCE).get("/api/v1/specimens/" + id).then().statusCode(200).body("id", equalTo(id));
        as("admin", ROOT).get("/api/v1/specimens/" + id).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void listsAreFilteredByScope() {
        String marker = "m" + UUID.randomUUID().toString().substring(0, 8);
        String inA = create("cell", COMMUNE_A, "Hồ Văn Tám " + marker);
        String inB = create("cell", COMMUNE_B, "Hồ Văn Tám " + marker);
        List<String> seenByA = as("cell", COMMUNE_A).queryParam("q", marker).get("/api/v1/specimens")
                .then().statusCode(200).extract().path("items.id");
        assertEquals(List.of(inA), seenByA);
        List<String> seenByProvince = as("organiser", PROVINCE).queryParam("q", marker).get("/api/v1/specimens")
                .then().statusCode(200).extract().path("items.id");
        assertEquals(2, seenByProvince.size());
        org.hamcrest.MatcherAssert.assertThat(seenByProvince, hasItem(inB));
    }

    private static void assertEquals(Object expected, Object actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual);
    }

    @Test
    void creatingOutsideTheScopeIsNotFound() {
        assertProblem(as("cell", COMMUNE_A).contentType(ContentType.JSON).body(SpecimenRequests.body("Lê Văn B", COMMUNE_B))
                .post("/api/v1/specimens").then(), 404, "NOT_FOUND");
    }

    @Test
    void anOrganisationUnknownToTheReplicaIsForbidden() {
        assertProblem(as("cell", UNKNOWN).get("/api/v1/specimens/me").then(), 403, "ORGANISATION_UNKNOWN");
    }

    @Test
    void aPlaceholderRowFromAnEarlyRetirementIsNotAScope() throws Exception {
        UUID early = UUID.randomUUID();
        try (var connection = dataSource.getConnection();
             var insert = connection.prepareStatement("INSERT INTO organisation_replica (id, retired) VALUES (?, TRUE)")) {
            insert.setObject(1, early);
            insert.executeUpdate();
        }
        org.junit.jupiter.api.Assertions.assertTrue(directory.find(early).isEmpty());
        assertProblem(as("cell", early).get("/api/v1/specimens/me").then(), 403, "ORGANISATION_UNKNOWN");
    }

    @Test
    void theDirectoryListsChildren() {
        List<UUID> children = directory.children(PROVINCE).stream().map(vn.partydev.platform.scope.OrganisationRef::id).toList();
        assertEquals(List.of(COMMUNE_A, COMMUNE_B), children);
    }

    @Test
    void unannotatedEndpointIsDenied() {
        assertProblem(as("admin", ROOT).get("/api/v1/specimens/unannotated").then(), 403, "FORBIDDEN")
                .body(not(org.hamcrest.Matchers.containsString("never be answered")));
        assertProblem(given().get("/api/v1/specimens/unannotated").then(), 401, "UNAUTHENTICATED");
    }

    @Test
    void permitAllEndpointNeedsNoToken() {
        given().get("/api/v1/specimens/public").then().statusCode(200).body("hello", equalTo("world"));
    }

    @Test
    void healthAndOpenApiArePublic() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
