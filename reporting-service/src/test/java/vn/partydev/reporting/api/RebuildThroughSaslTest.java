package vn.partydev.reporting.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.partydev.local.PartyDevTestInfrastructure;
import vn.partydev.local.TestTokens;
import vn.partydev.platform.codes.OrganisationKind;
import vn.partydev.platform.events.EventInjector;
import vn.partydev.platform.events.admission.OrganisationRegistered;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partydev.reporting.ReportingDataset.ROOT;

/**
 * The rebuild reader (a plain consumer of its own reading the topics from the beginning) takes the service's
 * {@code kafka.*} settings: pointed at the broker's SASL/SCRAM listener with nothing but those settings, a rebuild reads
 * an organisation published before it into the new generation and switches over. (The relay, the consumer, the lag
 * monitor and the dead-letter producer: platform's {@code SaslBrokerTest}.)
 */
@QuarkusTest
@TestProfile(RebuildThroughSaslTest.SaslListener.class)
class RebuildThroughSaslTest {

    /** The reporting service pointed at the SASL listener. */
    public static class SaslListener implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PartyDevTestInfrastructure.class, Map.of("database", "reporting", "kafka", "sasl")));
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRebuildReadsTheTopicsThroughTheSaslListener() throws Exception {
        var config = ConfigProvider.getConfig();
        assertEquals(PartyDevTestInfrastructure.kafkaSaslListener().bootstrapServers(), config.getValue("kafka.bootstrap.servers", String.class));
        assertEquals("SASL_PLAINTEXT", config.getValue("kafka.security.protocol", String.class));

        UUID province = UUID.randomUUID();
        try (EventInjector admission = EventInjector.connect(PartyDevTestInfrastructure.kafkaBootstrapServers(), "/partydev/admission-service")) {
            admission.send("partydev.admission.v1", new OrganisationRegistered(province, ROOT, OrganisationKind.PROVINCIAL, "SASL",
                    "Tỉnh Qua SASL", "/" + ROOT + "/" + province + "/", true, 1_000, LocalDate.of(2026, 1, 1)));
        }

        String admin = TestTokens.bearer("admin", ROOT);
        String location = given().header("Authorization", admin).post("/api/v1/admin/rebuilds").then().statusCode(202).extract().header("Location");
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(300)).until(() ->
                !"RUNNING".equals(given().header("Authorization", admin).get(location).then().statusCode(200).extract().path("state")));
        var done = given().header("Authorization", admin).get(location).then().statusCode(200).extract();
        assertEquals("SWITCHED", done.path("state"), "failure: " + done.path("failure"));
        assertTrue(((Number) done.path("eventsApplied")).longValue() >= 1, "events applied: " + done.path("eventsApplied"));
        assertEquals(1, organisations(done.path("targetSchema"), province), "the organisation, read by the rebuild into its generation");
    }

    private int organisations(String schema, UUID id) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM " + schema + ".org_node WHERE id = ? AND code = 'SASL'")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
