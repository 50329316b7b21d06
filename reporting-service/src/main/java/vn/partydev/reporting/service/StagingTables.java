package vn.partydev.reporting.service;

import vn.partydev.platform.bulk.CopyText;
import vn.partydev.platform.events.DomainEvent;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The staging tables of a generation under rebuild: {@code stage_event (seq, event_id, time)} for the envelope, and
 * one unlogged table per projected event type ({@code stage_candidate_nominated} …) with a column per field of the
 * event record, in snake case; a nested record (Demographics) becomes a boolean column telling whether it was
 * present plus one column per field ({@code demographics_gender} …). {@code seq} is the position of the event in
 * the rebuild's reading order, which decides between facts wherever the per-event projection lets the later
 * arrival win. Derived from the event records themselves, so a field added to an event is staged without
 * touching this class.
 */
final class StagingTables {

    static final String EVENTS = "stage_event";

    /** One staging table: the event type it holds and how each column is read from the event. */
    record Table(Class<? extends DomainEvent> type, String name, List<StagedColumn> columns) {

        String columnList() {
            return columns.stream().map(column -> "\"" + column.name() + "\"").collect(Collectors.joining(", "));
        }

        /** Appends the event as one line of COPY text: seq, then every column, tab-separated. */
        void appendRow(StringBuilder copy, long seq, DomainEvent event) {
            copy.append(seq);
            for (StagedColumn column : columns) {
                copy.append('\t');
                CopyText.field(copy, column.read(event));
            }
            copy.append('\n');
        }
    }

    /** A column and the path of record accessors leading to its value. */
    record StagedColumn(String name, String sqlType, List<RecordComponent> path, boolean presence) {

        Object read(Object event) {
            Object value = event;
            for (RecordComponent component : path) {
                if (value == null) {
                    return presence ? Boolean.FALSE : null;
                }
                try {
                    value = component.getAccessor().invoke(value);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + component.getName() + " of " + event.getClass().getSimpleName(), e);
                }
            }
            return presence ? value != null : value;
        }
    }

    private final Map<Class<? extends DomainEvent>, Table> tables = new LinkedHashMap<>();

    StagingTables(List<Class<? extends DomainEvent>> types) {
        for (Class<? extends DomainEvent> type : types) {
            List<StagedColumn> columns = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                columns(columns, "", List.of(component));
            }
            tables.put(type, new Table(type, tableName(type), List.copyOf(columns)));
        }
    }

    Table of(Class<? extends DomainEvent> type) {
        Table table = tables.get(type);
        if (table == null) {
            throw new IllegalArgumentException(type.getSimpleName() + " is not staged");
        }
        return table;
    }

    static String tableName(Class<? extends DomainEvent> type) {
        return "stage_" + snake(type.getSimpleName());
    }

    /**
     * Creates the staging tables on this connection unless it has them: temporary (private to the database session, so
     * the live projection and a rebuild never share them, and never written to the WAL), emptied at every commit.
     */
    void ensureCreated(Connection connection) {
        if (Boolean.TRUE.equals(SqlStatements.one(connection, "SELECT to_regclass('pg_temp." + EVENTS + "') IS NOT NULL", row -> row.getBoolean(1)))) {
            return;
        }
        SqlStatements.update(connection, "CREATE TEMPORARY TABLE " + EVENTS + " (seq BIGINT PRIMARY KEY, event_id UUID NOT NULL, time TIMESTAMPTZ) "
                + "ON COMMIT DELETE ROWS");
        for (Table table : tables.values()) {
            SqlStatements.update(connection, "CREATE TEMPORARY TABLE " + table.name() + " (seq BIGINT PRIMARY KEY, "
                    + table.columns().stream().map(column -> "\"" + column.name() + "\" " + column.sqlType()).collect(Collectors.joining(", "))
                    + ") ON COMMIT DELETE ROWS");
        }
    }

    /** The columns of the batch's staging tables that name a person (candidate, trainee or member), as one union of ids. */
    String personIds(java.util.Set<Table> used) {
        List<String> selects = new ArrayList<>();
        for (Table table : used) {
            for (StagedColumn column : table.columns()) {
                if (PERSON_COLUMNS.contains(column.name())) {
                    selects.add("SELECT \"" + column.name() + "\" AS id FROM " + table.name());
                }
            }
        }
        return String.join(" UNION ", selects);
    }

    private static final java.util.Set<String> PERSON_COLUMNS = java.util.Set.of("candidate_id", "person_id", "member_id");

    private static void columns(List<StagedColumn> columns, String prefix, List<RecordComponent> path) {
        RecordComponent component = path.get(path.size() - 1);
        Class<?> type = component.getType();
        String name = prefix + snake(component.getName());
        if (type.isRecord()) {
            columns.add(new StagedColumn(name, "BOOLEAN", path, true));
            for (RecordComponent nested : type.getRecordComponents()) {
                List<RecordComponent> nestedPath = new ArrayList<>(path);
                nestedPath.add(nested);
                columns(columns, name + "_", List.copyOf(nestedPath));
            }
            return;
        }
        columns.add(new StagedColumn(name, sqlType(type), path, false));
    }

    private static String sqlType(Class<?> type) {
        if (type == UUID.class) {
            return "UUID";
        }
        if (type == LocalDate.class) {
            return "DATE";
        }
        if (type == String.class || type.isEnum()) {
            return "TEXT";
        }
        if (type == int.class || type == Integer.class) {
            return "INTEGER";
        }
        if (type == long.class || type == Long.class) {
            return "BIGINT";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "BOOLEAN";
        }
        throw new IllegalArgumentException("no staging column type for " + type.getSimpleName());
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }
}
