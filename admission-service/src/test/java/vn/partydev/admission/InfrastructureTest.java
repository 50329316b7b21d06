package vn.partydev.admission;

import io.quarkus.test.junit.QuarkusTest;
import vn.partydev.local.ServiceInfrastructureTest;

@QuarkusTest
class InfrastructureTest extends ServiceInfrastructureTest {
    InfrastructureTest() {
        super("admission-service", "partydev.admission.v1", "organisation", "outbox_event", "processed_event");
    }
}
