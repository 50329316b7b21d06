package vn.partydev.candidate.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.partydev.candidate.OrganisationTree;
import vn.partydev.candidate.People;
import vn.partydev.local.TestTokens;
import vn.partydev.local.abuse.ApiAbuseSuite;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The abuse suite generated from this service's OpenAPI document: malformed requests and the authorisation matrix. */
@QuarkusTest
class ApiAbuseTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyOperationHoldsUnderAbuse() throws Exception {
        OrganisationTree tree = OrganisationTree.announce(dataSource);
        UUID candidate = UUID.fromString(given().header("Authorization", TestTokens.bearer("organiser", tree.communeA.id()))
                .contentType(ContentType.JSON).body(People.nominee("Nguyễn Thị Minh Anh", tree.cellA1.id()))
                .post("/api/v1/candidates").then().statusCode(201).extract().path("id"));
        ApiAbuseSuite.Report report = ApiAbuseSuite.of("candidate-service", "localhost", RestAssured.port, dataSource)
                .organisations(tree.communeA.id(), tree.communeB.id(), tree.province.id())
                .homeObject("candidates", candidate)
                .homeId("candidateId", candidate)
                .homeId("cellId", tree.cellA1.id())
                .build().run();
        assertEquals(List.of(), report.violations(), report.summary());
        assertEquals(report.operations(), report.operationsCovered(), report.summary());
    }
}
