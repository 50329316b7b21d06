package vn.partydev.training;

import io.quarkus.test.junit.QuarkusTest;
import vn.partydev.local.ServiceOpenApiContractTest;

@QuarkusTest
class OpenApiContractTest extends ServiceOpenApiContractTest {
    OpenApiContractTest() {
        super("training-service");
    }
}
