package vn.partydev.platform.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.partydev.platform.events.DomainEvent;
import vn.partydev.platform.events.EventJson;
import vn.partydev.platform.events.EventTypes;
import vn.partydev.platform.events.Traceparent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Records an event in the service's {@code outbox_event} table, inside the caller's transaction: the event
 * commits with the state change it describes, or not at all. The relay publishes it after the commit.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = """
            INSERT INTO outbox_event (id, type, subject, occurred_at, data, traceparent)
            VALUES (?, ?, ?, ?, ?, ?)""";

    private static final String INSERT_ALL = """
            INSERT INTO outbox_event (id, type, subject, occurred_at, data, traceparent)
            SELECT e.id, e.type, e.subject, ?, e.data, ?
            FROM unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::text[]) AS e(id, type, subject, data)""";

    private final AgroalDataSource dataSource;

    public Outbox(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Must be called inside a {@code @Transactional} method; fails when there is no transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(DomainEvent event) {
        String data = EventJson.write(event);
        // The connection is the one enlisted in the caller's transaction (Agroal shares it with Hibernate).
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, EventTypes.typeOf(event.getClass()));
            insert.setString(3, event.subject());
            insert.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            insert.setString(5, data);
            insert.setString(6, Traceparent.current());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record " + event.getClass().getSimpleName() + " in the outbox", e);
        }
    }

    /**
     * Records many events in one statement, in list order, inside the caller's transaction: for bulk changes
     * (an import of a million members) where one INSERT per event would dominate the time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(List<? extends DomainEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        int size = events.size();
        UUID[] ids = new UUID[size];
        String[] types = new String[size];
        String[] subjects = new String[size];
        String[] data = new String[size];
        for (int i = 0; i < size; i++) {
            DomainEvent event = events.get(i);
            ids[i] = UUID.randomUUID();
            types[i] = EventTypes.typeOf(event.getClass());
            subjects[i] = event.subject();
            data[i] = EventJson.write(event);
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT_ALL)) {
            insert.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
            insert.setString(2, Traceparent.current());
            insert.setArray(3, connection.createArrayOf("uuid", ids));
            insert.setArray(4, connection.createArrayOf("varchar", types));
            insert.setArray(5, connection.createArrayOf("varchar", subjects));
            insert.setArray(6, connection.createArrayOf("text", data));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record " + size + " events in the outbox", e);
        }
    }
}
