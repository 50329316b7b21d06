package vn.partydev.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads the service's event archive (published outbox rows) in publication order. */
@ApplicationScoped
public class EventFeed {

    private static final String PAGE = """
            SELECT published_position, id, type, subject, occurred_at, data FROM outbox_event
            WHERE published_position > ? ORDER BY published_position LIMIT ?""";

    private final AgroalDataSource dataSource;
    private final EventsConfig config;

    public EventFeed(AgroalDataSource dataSource, EventsConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    public boolean isPublishing() {
        return config.topic().isPresent();
    }

    public FeedPage after(long position, int limit) {
        List<FeedEvent> events = new ArrayList<>(limit);
        long next = position;
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(PAGE)) {
            select.setLong(1, position);
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    next = rows.getLong(1);
                    events.add(new FeedEvent(CloudEventCodec.SPEC_VERSION, rows.getObject(2, UUID.class), rows.getString(3),
                            config.source(), rows.getString(4),
                            rows.getObject(5, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
                            CloudEventCodec.CONTENT_TYPE, EventJson.mapper().readTree(rows.getString(6))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the event archive", e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an archived event is not JSON", e);
        }
        return new FeedPage(events, next);
    }
}
