package vn.partydev.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.partydev.platform.events.EventsConfig;

/**
 * Runs the service's outbox relay from start-up to shut-down, where {@code partydev.events.topic} is set.
 * {@link #pause()} and {@link #resume()} hand the outbox over to another relay (maintenance, tests).
 */
@ApplicationScoped
public class OutboxRelayRunner {

    private final EventsConfig config;
    private final AgroalDataSource dataSource;
    private final MeterRegistry registry;
    private volatile OutboxRelay relay;

    public OutboxRelayRunner(EventsConfig config, AgroalDataSource dataSource, MeterRegistry registry) {
        this.config = config;
        this.dataSource = dataSource;
        this.registry = registry;
    }

    void onStart(@Observes StartupEvent event) {
        resume();
    }

    void onStop(@Observes ShutdownEvent event) {
        pause();
    }

    public synchronized void resume() {
        if (config.topic().isPresent() && relay == null) {
            relay = new OutboxRelay(dataSource, RelaySettings.of(config), registry);
            relay.start();
        }
    }

    public synchronized void pause() {
        if (relay != null) {
            relay.stop();
            relay = null;
        }
    }

    /** The settings of this service's relay (for a relay started by hand in its place). */
    public RelaySettings settings() {
        return RelaySettings.of(config);
    }

    /** Whether this process's relay holds the lock and publishes (read on every outbox write: takes no lock). */
    public boolean isActive() {
        OutboxRelay current = relay;
        return current != null && current.isActive();
    }

    /** Wakes this process's relay, if it runs, to publish events just committed. */
    public void wake() {
        OutboxRelay current = relay;
        if (current != null) {
            current.wake();
        }
    }
}
