package vn.partydev.system;

import vn.partydev.local.PostgresServer;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the databases hold about one cell's nominations, read directly over JDBC: candidate-service's rows and its
 * archived events (outbox), which consumers applied those events (their inboxes), and what reporting counts.
 */
record SourceCounts(int rows, int events, int published, int rowsWithoutEvent, int eventsWithoutRow, int duplicateEvents,
                    Map<String, Integer> appliedByConsumer, int reported) {

    private static final String NOMINATED = "%.CandidateNominated.%";

    static SourceCounts of(PostgresServer postgres, UUID cell) throws SQLException {
        try (Connection candidate = connect(postgres, "candidate")) {
            int rows = count(candidate, "SELECT count(*) FROM candidate WHERE cell_id = ?", cell);
            int events = count(candidate, "SELECT count(*) FROM outbox_event WHERE type LIKE '" + NOMINATED + "' AND data::jsonb ->> 'cellId' = ?::text", cell);
            int published = count(candidate, "SELECT count(*) FROM outbox_event WHERE type LIKE '" + NOMINATED
                    + "' AND data::jsonb ->> 'cellId' = ?::text AND published_at IS NOT NULL", cell);
            int rowsWithoutEvent = count(candidate, "SELECT count(*) FROM candidate c WHERE c.cell_id = ? AND NOT EXISTS "
                    + "(SELECT 1 FROM outbox_event e WHERE e.type LIKE '" + NOMINATED + "' AND e.subject = c.id::text)", cell);
            int eventsWithoutRow = count(candidate, "SELECT count(*) FROM outbox_event e WHERE e.type LIKE '" + NOMINATED
                    + "' AND e.data::jsonb ->> 'cellId' = ?::text AND NOT EXISTS (SELECT 1 FROM candidate c WHERE c.id::text = e.subject)", cell);
            int duplicateEvents = count(candidate, "SELECT count(*) FROM (SELECT subject FROM outbox_event WHERE type LIKE '" + NOMINATED
                    + "' AND data::jsonb ->> 'cellId' = ?::text GROUP BY subject HAVING count(*) > 1) d", cell);
            List<UUID> eventIds = eventIds(candidate, cell);
            Map<String, Integer> applied = new LinkedHashMap<>();
            int reported;
            for (String database : List.of("training", "admission", "reporting")) {
                try (Connection consumer = connect(postgres, database)) {
                    applied.putAll(appliedByConsumer(consumer, database, eventIds));
                }
            }
            try (Connection reporting = connect(postgres, "reporting")) {
                reported = count(reporting, "SELECT coalesce(sum(people), 0) FROM funnel_stat WHERE cell_id = ? AND stage = 'PERSON'", cell);
            }
            return new SourceCounts(rows, events, published, rowsWithoutEvent, eventsWithoutRow, duplicateEvents, applied, reported);
        }
    }

    /** Every event published, applied by every consumer, counted once by reporting. */
    boolean drained() {
        return published == events && appliedByConsumer.keySet().stream().anyMatch(consumer -> consumer.startsWith("reporting:"))
                && appliedByConsumer.values().stream().allMatch(applied -> applied == events) && reported == rows;
    }

    private static List<UUID> eventIds(Connection candidate, UUID cell) throws SQLException {
        try (PreparedStatement query = candidate.prepareStatement(
                "SELECT id FROM outbox_event WHERE type LIKE '" + NOMINATED + "' AND data::jsonb ->> 'cellId' = ?::text")) {
            query.setObject(1, cell);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }

    /** Per consumer of candidate events in {@code database} (its inbox), how many of {@code eventIds} it applied. */
    private static Map<String, Integer> appliedByConsumer(Connection connection, String database, List<UUID> eventIds) throws SQLException {
        Map<String, Integer> applied = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT consumer, count(*) FROM processed_event WHERE event_id = ANY (?) GROUP BY consumer")) {
            Array ids = connection.createArrayOf("uuid", eventIds.toArray());
            query.setArray(1, ids);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String consumer = rows.getString(1);
                    applied.put(database + ":" + consumer, rows.getInt(2));
                }
            }
        }
        return applied;
    }

    private static int count(Connection connection, String sql, UUID cell) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, cell);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static Connection connect(PostgresServer postgres, String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), PostgresServer.USER, PostgresServer.PASSWORD);
    }
}
