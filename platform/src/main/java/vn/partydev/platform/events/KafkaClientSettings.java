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

    private KafkaClientSettings() {
    }

    /** The {@code kafka.*} settings with {@code bootstrapServers}, then {@code own} on top. */
    public static Map<String, Object> with(String bootstrapServers, Map<String, Object> own) {
        return with(ConfigProvider.getConfig(), bootstrapServers, own);
    }

    static Map<String, Object> with(Config config, String bootstrapServers, Map<String, Object> own) {
        Map<String, Object> settings = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(PREFIX) && name.length() > PREFIX.length()) {
                config.getOptionalValue(name, String.class).ifPresent(value -> settings.put(name.substring(PREFIX.length()), value));
            }
        }
        settings.put("bootstrap.servers", bootstrapServers);
        settings.putAll(own);
        return settings;
    }
}
