package vn.partydev.platform.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What a consuming service reads ({@code partydev.consumer.*}); without group and topics no consumer runs. */
@ConfigMapping(prefix = "partydev.consumer")
public interface InboxConfig {

    /** The Kafka consumer group, normally the service name. */
    Optional<String> group();

    /** The topics read, e.g. {@code partydev.training.v1,partydev.admission.v1}. */
    Optional<List<String>> topics();

    @WithDefault("${kafka.bootstrap.servers}")
    String bootstrapServers();

    /** Records fetched per poll. */
    @WithDefault("200")
    int maxPollRecords();

    /** How long to wait before reading again after the database failed (the records are re-read). */
    @WithDefault("2s")
    Duration retryBackoff();

    /**
     * How long the broker waits for a silent consumer before giving its partitions to another. A process killed
     * without leaving its group holds them that long: its own restart waits as much before it reads again (Kafka's
     * default of 45 s).
     */
    @WithDefault("10s")
    Duration sessionTimeout();

    /** How often the lag monitor reads the broker's end offsets (it runs beside the consumer, so busy or not). */
    @WithDefault("1s")
    Duration lagInterval();

    default boolean enabled() {
        return group().isPresent() && topics().map(list -> !list.isEmpty()).orElse(false);
    }

    default boolean consumes(String topic) {
        return enabled() && topics().orElseThrow().contains(topic);
    }
}
