package vn.partydev.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import vn.partydev.platform.events.EventsConfig;

import java.time.Duration;

/**
 * Ready only while the outbox drains: DOWN when the oldest unpublished event has waited longer than
 * {@code partydev.events.relay.backlog-age-limit} (the broker or the relay is failing).
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    private final OutboxBacklog backlog;
    private final EventsConfig config;

    public OutboxReadiness(OutboxBacklog backlog, EventsConfig config) {
        this.backlog = backlog;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox");
        if (config.topic().isEmpty()) {
            return response.up().withData("relay", "off: no partydev.events.topic").build();
        }
        OutboxBacklog.Snapshot snapshot = backlog.measure();
        Duration limit = config.relay().backlogAgeLimit();
        return response.status(snapshot.oldestAge().compareTo(limit) <= 0)
                .withData("backlog", snapshot.events())
                .withData("oldestAgeSeconds", snapshot.oldestAge().toSeconds())
                .withData("limitSeconds", limit.toSeconds())
                .build();
    }
}
