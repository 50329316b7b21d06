package vn.partydev.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.partydev.platform.events.EventsConfig;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The events written but not yet published: how many, and how long the oldest has waited. Exposed as gauges
 * ({@code partydev.outbox.backlog}, {@code partydev.outbox.oldest.age}, refreshed every 15 s) and read by the
 * readiness check.
 */
@ApplicationScoped
public class OutboxBacklog {

    private static final String MEASURE = """
            SELECT count(*), COALESCE(EXTRACT(EPOCH FROM now() - min(occurred_at)), 0)
            FROM outbox_event WHERE published_at IS NULL""";

    private final AgroalDataSource dataSource;
    private final EventsConfig config;
    private final MeterRegistry registry;
    private final AtomicReference<Snapshot> last = new AtomicReference<>(new Snapshot(0, Duration.ZERO));

    public OutboxBacklog(AgroalDataSource dataSource, EventsConfig config, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.config = config;
        this.registry = registry;
    }

    void registerGauges(@Observes StartupEvent event) {
        if (config.topic().isEmpty()) {
            return;
        }
        Gauge.builder("partydev.outbox.backlog", last, snapshot -> snapshot.get().events())
                .description("Events committed to the outbox and not yet published").baseUnit("events").register(registry);
        Gauge.builder("partydev.outbox.oldest.age", last, snapshot -> snapshot.get().oldestAge().toMillis() / 1000.0)
                .description("How long the oldest unpublished event has waited").baseUnit("seconds").register(registry);
    }

    @Scheduled(every = "15s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        if (config.topic().isPresent()) {
            try {
                measure();
            } catch (IllegalStateException e) {
                // the gauges keep their last values; readiness reports the database separately
            }
        }
    }

    /** Measures now (and updates the gauges). */
    public Snapshot measure() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(MEASURE)) {
            result.next();
            Snapshot snapshot = new Snapshot(result.getLong(1), Duration.ofMillis((long) (result.getDouble(2) * 1000)));
            last.set(snapshot);
            return snapshot;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot measure the outbox backlog", e);
        }
    }

    /** The backlog at one moment. */
    public record Snapshot(long events, Duration oldestAge) {
    }
}
