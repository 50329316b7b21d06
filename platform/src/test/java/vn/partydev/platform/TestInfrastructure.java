package vn.partydev.platform;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import vn.partydev.local.PartyDevTestInfrastructure;

/** Every test of this module runs against the real PostgreSQL database 'platform' and the real Kafka broker. */
@QuarkusTestResource(value = PartyDevTestInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "platform"))
public final class TestInfrastructure {
    private TestInfrastructure() {
    }
}
