package vn.partydev.platform.outbox;

import vn.partydev.platform.events.EventsConfig;

import java.time.Duration;

/** What one relay needs to know: where to publish, as whom, and its pace. */
public record RelaySettings(
        String bootstrapServers,
        String topic,
        String source,
        int batchSize,
        Duration pollInterval,
        Duration retryBackoff) {

    static RelaySettings of(EventsConfig config) {
        return new RelaySettings(config.bootstrapServers(), config.topic().orElseThrow(), config.source(),
                config.relay().batchSize(), config.relay().pollInterval(), config.relay().retryBackoff());
    }

    public RelaySettings withBootstrapServers(String servers) {
        return new RelaySettings(servers, topic, source, batchSize, pollInterval, retryBackoff);
    }
}
