package vn.partydev.candidate;

import io.quarkus.test.junit.QuarkusTest;
import vn.partydev.local.ServiceInfrastructureTest;

@QuarkusTest
class InfrastructureTest extends ServiceInfrastructureTest {
    InfrastructureTest() {
        super("candidate-service", "partydev.candidate.v1", "candidate", "outbox_event", "processed_event");
    }
}
