package vn.partydev.candidate;

import io.quarkus.test.junit.QuarkusTest;
import vn.partydev.local.ServiceOpenApiContractTest;

@QuarkusTest
class OpenApiContractTest extends ServiceOpenApiContractTest {
    OpenApiContractTest() {
        super("candidate-service");
    }
}
