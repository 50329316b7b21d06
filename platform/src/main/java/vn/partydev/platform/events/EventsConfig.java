package vn.partydev.platform.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Where and how a producing service publishes its events ({@code partydev.events.*}). */
@ConfigMapping(prefix = "partydev.events")
public interface EventsConfig {

    /** The service's topic, e.g. {@code partydev.candidate.v1}; without it the relay and the feed are off. */
    Optional<String> topic();

    /** The CloudEvents source, e.g. {@code /partydev/candidate-service}. */
    @WithDefault("/partydev/${quarkus.application.name:service}")
    String source();

    /** The brokers the relay publishes to. */
    @WithDefault("${kafka.bootstrap.servers}")
    String bootstrapServers();

    Relay relay();

    interface Relay {

        /** The safety-net poll; the relay is normally woken at once, in-process or by LISTEN/NOTIFY. */
        @WithDefault("5s")
        Duration pollInterval();

        /** Rows published per database transaction. */
        @WithDefault("500")
        int batchSize();

        /** How long the relay waits before retrying when the broker or the database fails. */
        @WithDefault("1s")
        Duration retryBackoff();

        /** Readiness turns DOWN when the oldest unpublished event is older than this. */
        @WithDefault("5m")
        Duration backlogAgeLimit();
    }
}
