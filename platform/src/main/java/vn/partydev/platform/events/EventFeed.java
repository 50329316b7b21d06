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

/**
 * Reads the service's event archive (published outbox rows) in publication order, as a caller may see it: the national
 * root reads every event, any other organisation the events that concern an organisation of its subtree (the paths the
 * outbox stored with each event). Positions are the service's publication positions, the same for every caller: a
 * page of a subtree skips the other events, and an incomplete page moves {@code nextPosition} to the last position
 * published when it was read, so that the next page does not scan the skipped events again.
 */
@ApplicationScoped
public class EventFeed {

    private static final String HEAD = "SELECT coalesce(max(published_position), 0) FROM outbox_event";

    private static final String PAGE = """
            SELECT published_position, id, type, subject, occurred_at, data FROM outbox_event
            WHERE published_position > ? AND published_position <= ? %s ORDER BY published_position LIMIT ?""";

    private static final String IN_SUBTREE =
            "AND EXISTS (SELECT 1 FROM unnest(organisation_paths) AS concerned(path) WHERE concerned.path LIKE ?)";

    private final AgroalDataSource dataSource;
    private final EventsConfig config;

    public EventFeed(AgroalDataSource dataSource, EventsConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    public boolean isPublishing() {
        return config.topic().isPresent();
    }

    /** Every event after {@code position}: the national feed. */
    public FeedPage after(long position, int limit) {
        return after(position, limit, null);
    }

    /**
     * The events after {@code position} that concern an organisation whose path matches {@code subtreePattern} (a
     * {@code LIKE} pattern, {@code /<root>/…/<org>/%}); null for every event (the national root).
     */
    public FeedPage after(long position, int limit, String subtreePattern) {
        List<FeedEvent> events = new ArrayList<>(limit);
        long next = position;
        long published;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement head = connection.prepareStatement(HEAD);
             PreparedStatement select = connection.prepareStatement(PAGE.formatted(subtreePattern == null ? "" : IN_SUBTREE))) {
            try (ResultSet rows = head.executeQuery()) {
                rows.next();
                published = rows.getLong(1);
            }
            int parameter = 1;
            select.setLong(parameter++, position);
            select.setLong(parameter++, published);
            if (subtreePattern != null) {
                select.setString(parameter++, subtreePattern);
            }
            select.setInt(parameter, limit);
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
        if (events.size() < limit) {
            // nothing else of the caller's subtree up to the head: the next page starts there, never before position
            next = Math.max(position, published);
        }
        return new FeedPage(events, next);
    }
}
