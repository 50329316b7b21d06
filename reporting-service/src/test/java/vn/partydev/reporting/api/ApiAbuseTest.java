package vn.partydev.reporting.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import vn.partydev.local.abuse.ApiAbuseSuite;
import vn.partydev.reporting.OnTheDataset;
import vn.partydev.reporting.ReportingDataset;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The abuse suite generated from this service's OpenAPI document: malformed requests and the authorisation matrix. */
@QuarkusTest
class ApiAbuseTest extends OnTheDataset {

    @Test
    void everyOperationHoldsUnderAbuse() throws Exception {
        // home: commune C1 with its cell K1; sibling: commune C2 beside it; parent: province P1
        ApiAbuseSuite.Report report = ApiAbuseSuite.of("reporting-service", "localhost", RestAssured.port, dataSource)
                .organisations(ReportingDataset.C1, ReportingDataset.C2, ReportingDataset.P1)
                .homeObject("organisations", ReportingDataset.C1)
                .homeId("organisationId", ReportingDataset.C1)
                .homeId("cellId", ReportingDataset.K1)
                .build().run();
        assertEquals(List.of(), report.violations(), report.summary());
        assertEquals(report.operations(), report.operationsCovered(), report.summary());
    }
}
