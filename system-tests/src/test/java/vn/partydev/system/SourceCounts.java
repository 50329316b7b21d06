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
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the databases hold about one cell's nominations, read directly over JDBC: candidate-service's rows and its
 * archived events (outbox), which consumers applied those events (their inboxes), what admission learned from them
 * ({@code known}: its candidates of the cell) and what reporting counts (people of the cell in its funnel).
 */
record SourceCounts(int rows, int events, int published, int rowsWithoutEvent, int eventsWithoutRow, int duplicateEvents,
                    Map<String, Integer> appliedByConsumer, int known, int reported) {

    private static final String NOMINATED = "%.CandidateNominated.%";
    /** The consumers of CandidateNominated, by database and inbox name. */
    static final List<String> CONSUMERS = List.of("admission:admission-candidates", "reporting:reporting-read-models");

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
            CONSUMERS.forEach(consumer -> applied.put(consumer, 0));
            int known;
            int reported;
            for (String database : List.of("training", "admission", "reporting")) {
                try (Connection consumer = connect(postgres, database)) {
                    applied.putAll(appliedByConsumer(consumer, database, eventIds));
                }
            }
            try (Connection admission = connect(postgres, "admission")) {
                known = count(admission, "SELECT count(*) FROM candidate_knowledge WHERE cell_id = ?", cell);
            }
            try (Connection reporting = connect(postgres, "reporting")) {
                // the read models live in the generation's schema that reporting serves
                String schema;
                try (var statement = reporting.createStatement(); var active = statement.executeQuery("SELECT active_schema FROM read_model")) {
                    active.next();
                    schema = active.getString(1);
                }
                reported = count(reporting, "SELECT coalesce(sum(people), 0) FROM \"" + schema + "\".funnel_stat WHERE cell_id = ? AND stage = 'PERSON'", cell);
            }
            return new SourceCounts(rows, events, published, rowsWithoutEvent, eventsWithoutRow, duplicateEvents, applied, known, reported);
        }
    }

    /** Every event published, applied once by each of its consumers (and by no other), each person known and counted once. */
    boolean drained() {
        return published == events && appliedByConsumer.keySet().equals(Set.copyOf(CONSUMERS))
                && appliedByConsumer.values().stream().allMatch(applied -> applied == events) && known == rows && reported == rows;
    }

    /** The id of the event of {@code type} (simple name) about {@code subject} in {@code database}'s outbox, if written. */
    static Optional<UUID> eventAbout(PostgresServer postgres, String database, UUID subject, String type) throws SQLException {
        try (Connection connection = connect(postgres, database);
             PreparedStatement query = connection.prepareStatement("SELECT id FROM outbox_event WHERE subject = ? AND type LIKE ?")) {
            query.setString(1, subject.toString());
            query.setString(2, "%." + type + ".%");
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    /** How many of {@code database}'s consumers (inboxes) applied the event {@code eventId}. */
    static int applications(PostgresServer postgres, String database, UUID eventId) throws SQLException {
        try (Connection connection = connect(postgres, database);
             PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM processed_event WHERE event_id = ?")) {
            query.setObject(1, eventId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
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
