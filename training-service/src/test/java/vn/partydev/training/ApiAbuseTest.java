package vn.partydev.training;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.partydev.local.abuse.ApiAbuseSuite;
import vn.partydev.platform.codes.TrainingKind;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The abuse suite generated from this service's OpenAPI document: malformed requests and the authorisation matrix. */
@QuarkusTest
class ApiAbuseTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyOperationHoldsUnderAbuse() throws Exception {
        TrainingWorld world = new TrainingWorld(dataSource);
        TrainingWorld.Province here = world.newProvince();
        UUID classId = TrainingWorld.scheduleClass(here.centre(), TrainingKind.AWARENESS, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 6), 30, 5, null);
        UUID candidate = world.listedCandidate(here.cell());
        // home: the training centre and its class; sibling: the commune beside it; parent: the province
        ApiAbuseSuite.Report report = ApiAbuseSuite.of("training-service", "localhost", RestAssured.port, dataSource)
                .organisations(here.centre(), here.commune(), here.province())
                .homeObject("classes", classId)
                .homeId("classId", classId)
                .homeId("organiserId", here.centre())
                .homeId("personId", candidate)
                .pathValue("number", here.centreCode() + "/2026/000001")
                .build().run();
        assertEquals(List.of(), report.violations(), report.summary());
        assertEquals(report.operations(), report.operationsCovered(), report.summary());
    }
}
