package vn.partydev.reporting;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.partydev.local.BrokerRoundTrip;
import vn.partydev.local.PartyDevTestInfrastructure;

import java.time.Duration;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class InfrastructureTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void migrationsCreatedTheServiceAndPlatformTables() throws Exception {
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("SELECT count(*) FROM information_schema.tables"
                     + " WHERE table_schema = 'public' AND table_name IN ('read_model', 'admission_target', 'processed_event')");
             var rows = query.executeQuery()) {
            rows.next();
            assertEquals(3, rows.getInt(1));
        }
    }

    @Test
    void aRecordSentToTheRealBrokerIsConsumedBack() throws Exception {
        Optional<String> echoed = BrokerRoundTrip.echo(PartyDevTestInfrastructure.kafkaBootstrapServers(),
                "partydev.admission.v1", "ping from reporting-service", Duration.ofSeconds(30));
        assertEquals(Optional.of("ping from reporting-service"), echoed);
    }

    @Test
    void readyWhenDatabaseAndBrokerAnswer() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
