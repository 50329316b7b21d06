package vn.partydev.platform.events;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every kafka.* setting — in configuration or as a KAFKA_* environment variable — reaches every Kafka client. */
class KafkaClientSettingsTest {

    @Test
    void kafkaSettingsFromConfigurationAndEnvironmentWithTheClientsOwnOnTop() {
        var config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(Map.of(
                "kafka.security.protocol", "SASL_SSL",
                "kafka.ssl.truststore.location", "/etc/kafka/ca.p12",
                "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "KAFKA_SECURITY_PROTOCOL", "PLAINTEXT",
                "kafka.acks", "1",
                "quarkus.http.port", "8081"), "test", 100)).build();
        Map<String, Object> settings = KafkaClientSettings.with(config, "broker:9093", Map.of("acks", "all"));
        assertEquals("SASL_SSL", settings.get("security.protocol"), "configuration beats the environment");
        assertEquals("/etc/kafka/ca.p12", settings.get("ssl.truststore.location"));
        assertEquals("SCRAM-SHA-512", settings.get("sasl.mechanism"));
        assertEquals("broker:9093", settings.get("bootstrap.servers"));
        assertEquals("all", settings.get("acks"), "the client's own setting wins");
        assertFalse(settings.containsKey("http.port"));
    }

    /** The plain Kafka client is what the services use; the reactive messaging extension is not on the classpath. */
    @Test
    void theMessagingExtensionIsGoneAndThePlainClientIsThere() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("io.smallrye.reactive.messaging.kafka.KafkaConnector"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.eclipse.microprofile.reactive.messaging.Incoming"));
        assertDoesNotThrow(() -> Class.forName("org.apache.kafka.clients.consumer.KafkaConsumer"));
    }
}
