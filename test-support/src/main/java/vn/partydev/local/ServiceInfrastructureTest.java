package vn.partydev.local;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What every service's {@code InfrastructureTest} proves against the real PostgreSQL and the real Kafka broker: its
 * migrations ran, a record goes through the broker and back, and the service reports itself ready. A service extends
 * it in a {@code @QuarkusTest} class that names its own tables and topic.
 */
public abstract class ServiceInfrastructureTest {

    private final String service;
    private final String topic;
    private final List<String> tables;

    /**
     * @param service the service's name, e.g. {@code candidate-service}
     * @param topic   a topic the service uses, e.g. {@code partydev.candidate.v1}
     * @param tables  tables its migrations (its own and the platform's) must have created
     */
    protected ServiceInfrastructureTest(String service, String topic, String... tables) {
        this.service = service;
        this.topic = topic;
        this.tables = List.of(tables);
    }

    @Test
    public void migrationsCreatedTheServiceAndPlatformTables() throws Exception {
        AgroalDataSource dataSource = CDI.current().select(AgroalDataSource.class).get();
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("SELECT count(*) FROM information_schema.tables"
                     + " WHERE table_schema = 'public' AND table_name = ANY (?)")) {
            query.setArray(1, connection.createArrayOf("text", tables.toArray()));
            try (var rows = query.executeQuery()) {
                rows.next();
                assertEquals(tables.size(), rows.getInt(1));
            }
        }
    }

    @Test
    public void aRecordSentToTheRealBrokerIsConsumedBack() throws Exception {
        Optional<String> echoed = BrokerRoundTrip.echo(PartyDevTestInfrastructure.kafkaBootstrapServers(),
                topic, "ping from " + service, Duration.ofSeconds(30));
        assertEquals(Optional.of("ping from " + service), echoed);
    }

    @Test
    public void readyWhenDatabaseAndBrokerAnswer() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
