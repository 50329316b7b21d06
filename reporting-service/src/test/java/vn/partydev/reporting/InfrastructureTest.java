package vn.partydev.reporting;

import io.quarkus.test.junit.QuarkusTest;
import vn.partydev.local.ServiceInfrastructureTest;

@QuarkusTest
class InfrastructureTest extends ServiceInfrastructureTest {
    InfrastructureTest() {
        super("reporting-service", "partydev.admission.v1", "read_model", "admission_target", "processed_event");
    }
}
