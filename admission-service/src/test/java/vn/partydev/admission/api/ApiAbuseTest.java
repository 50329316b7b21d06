package vn.partydev.admission.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.partydev.admission.cases.CaseFixtures;
import vn.partydev.local.abuse.ApiAbuseSuite;
import vn.partydev.platform.codes.OrganisationKind;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The abuse suite generated from this service's OpenAPI document: malformed requests and the authorisation matrix. */
@QuarkusTest
class ApiAbuseTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CaseFixtures fixtures;

    @Test
    void everyOperationHoldsUnderAbuse() throws Exception {
        CaseFixtures.Tree tree = fixtures.tree(false);
        UUID siblingCommune = fixtures.organisation(tree.province(), OrganisationKind.COMMUNE, true);
        UUID member = fixtures.officialMembers(tree.cell(), 1).get(0);
        UUID area = CaseFixtures.residentialArea(tree.commune(), false);
        // home: the commune with its cell and member; sibling: the commune beside it; parent: the province
        ApiAbuseSuite.Report report = ApiAbuseSuite.of("admission-service", "localhost", RestAssured.port, dataSource)
                .organisations(tree.commune(), siblingCommune, tree.province())
                .maxBodyBytes(1024L * 1024 * 1024)
                .homeObject("organisations", tree.cell())
                .homeObject("members", member)
                .homeObject("residential-areas", area)
                .homeId("parentId", tree.commune())
                .homeId("communeId", tree.commune())
                .homeId("cellId", tree.cell())
                .homeId("organisationId", tree.cell())
                .homeId("memberId", member)
                .build().run();
        assertEquals(List.of(), report.violations(), report.summary());
        assertEquals(report.operations(), report.operationsCovered(), report.summary());
    }
}
