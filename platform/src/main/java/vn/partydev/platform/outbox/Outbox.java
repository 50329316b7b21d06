package vn.partydev.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.partydev.platform.events.DomainEvent;
import vn.partydev.platform.events.EventTypes;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** TEMPORARY stand-in for the platform-events contract: writes the rows, no relay. */
@ApplicationScoped
public class Outbox {
    @Inject
    AgroalDataSource dataSource;
    @Inject
    ObjectMapper json;

    public void publish(DomainEvent event) {
        publishAll(List.of(event));
    }

    public void publishAll(List<? extends DomainEvent> events) {
        try (var connection = dataSource.getConnection();
             var insert = connection.prepareStatement("INSERT INTO outbox_event (id, type, subject, occurred_at, data) VALUES (?, ?, ?, ?, ?)")) {
            for (DomainEvent event : events) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, EventTypes.typeOf(event.getClass()));
                insert.setString(3, event.subject());
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.setString(5, json.writeValueAsString(event));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
