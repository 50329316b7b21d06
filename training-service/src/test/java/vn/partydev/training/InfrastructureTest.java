package vn.partydev.training;

import io.quarkus.test.junit.QuarkusTest;
import vn.partydev.local.ServiceInfrastructureTest;

@QuarkusTest
class InfrastructureTest extends ServiceInfrastructureTest {
    InfrastructureTest() {
        super("training-service", "partydev.training.v1", "training_class", "outbox_event", "processed_event");
    }
}
