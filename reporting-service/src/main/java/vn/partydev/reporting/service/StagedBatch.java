package vn.partydev.reporting.service;

import org.postgresql.PGConnection;
import vn.partydev.platform.bulk.CopyText;
import vn.partydev.platform.events.DomainEvent;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One batch of decoded events of a rebuild, in reading order, as COPY text for the staging tables. An event id seen
 * twice in the batch is kept at its first position only (the per-event projection skips the second delivery).
 */
final class StagedBatch {

    private final StagingTables tables;
    private final StringBuilder envelopes = new StringBuilder();
    private final Map<StagingTables.Table, StringBuilder> rows = new LinkedHashMap<>();
    private final Set<UUID> ids = new HashSet<>();

    StagedBatch(StagingTables tables) {
        this.tables = tables;
    }

    void add(long seq, UUID eventId, OffsetDateTime time, DomainEvent event) {
        if (!ids.add(eventId)) {
            return;
        }
        CopyText.line(envelopes, seq, eventId, time);
        StagingTables.Table table = tables.of(event.getClass());
        table.appendRow(rows.computeIfAbsent(table, key -> new StringBuilder()), seq, event);
    }

    int size() {
        return ids.size();
    }

    /** The ids of the batch's events. */
    Set<UUID> eventIds() {
        return ids;
    }

    boolean holds(Class<? extends DomainEvent> type) {
        return rows.containsKey(tables.of(type));
    }

    Set<StagingTables.Table> tablesUsed() {
        return rows.keySet();
    }

    /** Writes the batch into the (empty) staging tables with COPY. */
    void copyInto(Connection connection) {
        copy(connection, "COPY " + StagingTables.EVENTS + " (seq, event_id, time) FROM STDIN", envelopes);
        rows.forEach((table, text) -> copy(connection, "COPY " + table.name() + " (seq, " + table.columnList() + ") FROM STDIN", text));
    }

    private static void copy(Connection connection, String command, StringBuilder text) {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(command, new StringReader(text.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot stage events for the rebuild: " + e.getMessage(), e);
        }
    }
}
