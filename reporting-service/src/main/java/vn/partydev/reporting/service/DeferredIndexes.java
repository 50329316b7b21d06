package vn.partydev.reporting.service;

import java.sql.Connection;
import java.util.List;

/**
 * The secondary indexes of a generation (those backing no constraint: primary keys and unique constraints stay, the
 * set-wise statements rely on them). A rebuild drops them before loading the facts and creates them again once the
 * tables are filled: one sorted build per index instead of an index entry for every row version the load writes.
 */
final class DeferredIndexes {

    private static final String SECONDARY = """
            SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname), pg_get_indexdef(i.indexrelid)
            FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ? AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
            ORDER BY c.relname
            """;

    private final List<String> definitions;

    private DeferredIndexes(List<String> definitions) {
        this.definitions = definitions;
    }

    /** Drops the secondary indexes of the schema's tables, remembering how to create them again. */
    static DeferredIndexes drop(Connection connection, String schema) {
        List<String[]> indexes = SqlStatements.list(connection, SECONDARY, row -> new String[] {row.getString(1), row.getString(2)}, schema);
        indexes.forEach(index -> SqlStatements.update(connection, "DROP INDEX " + index[0]));
        return new DeferredIndexes(indexes.stream().map(index -> index[1]).toList());
    }

    /** Creates the dropped indexes again, exactly as they were. */
    void create(Connection connection) {
        definitions.forEach(definition -> SqlStatements.update(connection, definition));
    }
}
