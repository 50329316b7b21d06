package vn.partydev.platform.events;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.HashMap;
import java.util.Map;

/**
 * The settings every Kafka client of a service starts from: each {@code kafka.*} configuration property without its
 * prefix ({@code kafka.security.protocol=SASL_SSL} becomes {@code security.protocol}), so that a broker with TLS or SASL
 * is a matter of configuration for the relay, the consumers, the dead-letter producer, the lag monitor and the rebuild
 * reader alike. A client's own settings (group, acks, serialisers …) are laid over them.
 */
public final class KafkaClientSettings {

    private static final String PREFIX = "kafka.";
    /** The same settings as environment variables ({@code KAFKA_SASL_JAAS_CONFIG} is {@code sasl.jaas.config}). */
    private static final String ENVIRONMENT_PREFIX = "KAFKA_";

    private KafkaClientSettings() {
    }

    /** The {@code kafka.*} settings with {@code bootstrapServers}, then {@code own} on top. */
    public static Map<String, Object> with(String bootstrapServers, Map<String, Object> own) {
        return with(ConfigProvider.getConfig(), bootstrapServers, own);
    }

    static Map<String, Object> with(Config config, String bootstrapServers, Map<String, Object> own) {
        Map<String, Object> settings = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(ENVIRONMENT_PREFIX) && name.length() > ENVIRONMENT_PREFIX.length() && name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
                config.getOptionalValue(name, String.class).ifPresent(value ->
                        settings.put(name.substring(ENVIRONMENT_PREFIX.length()).toLowerCase(java.util.Locale.ROOT).replace('_', '.'), value));
            }
        }
        for (String name : config.getPropertyNames()) {
            // a property written in configuration beats the environment variable of the same setting
            if (name.startsWith(PREFIX) && name.length() > PREFIX.length()) {
                config.getOptionalValue(name, String.class).ifPresent(value -> settings.put(name.substring(PREFIX.length()), value));
            }
        }
        settings.put("bootstrap.servers", bootstrapServers);
        settings.putAll(own);
        return settings;
    }
}
