package vn.partydev.reporting.service;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A table of per-organisation sums of a leaf aggregate (admissions per cell, members per cell, training per class):
 * each leaf row counts for every organisation on its path, so the figures of a whole subtree are the rows of one
 * organisation. Filled in bulk from the leaf table ({@link #bulkFrom}), and kept equal to that live by adding the
 * difference of recomputed leaf rows along their old and new paths ({@link Delta}); rows falling to zero are removed.
 * <p>
 * Where the leaf is itself an organisation (a cell: {@link #ownLeaf}), its rows count for the organisations above it
 * only: a cell's own figures are its leaf rows, not written a second time as its rollup rows, and the figures of a
 * subtree are its organisation's rollup rows plus its own leaf rows (the read model's {@code *_subtree} views).
 */
final class Rollup {

    static final Rollup ADMISSIONS = new Rollup("admission_rollup", "cell_id", List.of("month", "dimension", "value"), List.of("admitted"));
    static final Rollup MEMBERS = new Rollup("member_rollup", null, List.of(), List.of("members", "officials"));
    static final Rollup TRAINING = new Rollup("training_rollup", null, List.of("day", "kind"),
            List.of("classes", "trainees", "certificates", "checked", "passed", "passed_first"));

    static final Rollup STAGES = new Rollup("funnel_rollup", "cell_id", List.of("month", "source", "stage"), List.of("people"));
    static final Rollup DURATIONS = new Rollup("duration_rollup", "cell_id", List.of("month", "stage", "days"), List.of("people"));
    static final Rollup PIPELINE = new Rollup("pipeline_rollup", "cell_id", List.of("measure", "value", "on_day", "until_day"), List.of("people"));

    private static final String UUID_REGEX = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    private static final Pattern UUID_SEGMENT = Pattern.compile(UUID_REGEX);

    private final String table;
    /**
     * The leaf tables' column naming the organisation whose own figures a leaf row holds, which the rollup leaves out (they
     * are counted for the organisations above it only); null where a leaf row counts for every organisation on its path.
     */
    private final String ownLeaf;
    private final List<String> keys;
    private final List<String> values;
    private final String upsert;
    private final String removeZero;

    private Rollup(String table, String ownLeaf, List<String> keys, List<String> values) {
        this.table = table;
        this.ownLeaf = ownLeaf;
        this.keys = keys;
        this.values = values;
        List<String> columns = Stream.concat(Stream.concat(Stream.of("org_id"), keys.stream()), values.stream()).toList();
        String conflict = Stream.concat(Stream.of("org_id"), keys.stream()).collect(Collectors.joining(", "));
        this.upsert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + columns.stream().map(column -> "?").collect(Collectors.joining(", ")) + ") ON CONFLICT (" + conflict + ") DO UPDATE SET "
                + values.stream().map(v -> v + " = " + table + "." + v + " + excluded." + v).collect(Collectors.joining(", "));
        // keys may be null (pipeline_rollup's dates): compared null-safely; org_id leads every key, so the index still serves
        this.removeZero = "DELETE FROM " + table + " WHERE org_id = ?" + keys.stream().map(k -> " AND " + k + " IS NOT DISTINCT FROM ?")
                .collect(Collectors.joining()) + " AND " + values.stream().map(v -> v + " = 0").collect(Collectors.joining(" AND "));
    }

    /**
     * Fills the (empty) rollup from the leaf table {@code source}, which has an {@code org_path} column and the
     * rollup's key and value columns.
     */
    void bulkFrom(Connection connection, String source) {
        String keyList = keys.stream().map(k -> ", s." + k).collect(Collectors.joining());
        String groups = java.util.stream.IntStream.rangeClosed(1, keys.size() + 1).mapToObj(Integer::toString).collect(Collectors.joining(", "));
        // the organisations of each distinct path once (far fewer paths than leaf rows: the pattern test is costly), and the
        // rows inserted in key order, so the unique index is appended to rather than updated all over
        SqlStatements.update(connection, "INSERT INTO " + table + " (org_id" + keys.stream().map(k -> ", " + k).collect(Collectors.joining())
                + values.stream().map(v -> ", " + v).collect(Collectors.joining()) + ") "
                + "WITH organisation AS (SELECT p.org_path, o.segment::uuid AS org_id FROM (SELECT DISTINCT org_path FROM " + source
                + ") p CROSS JOIN LATERAL unnest(string_to_array(p.org_path, '/')) AS o(segment) WHERE o.segment ~ '^" + UUID_REGEX + "$') "
                + "SELECT o.org_id" + keyList + values.stream().map(v -> ", sum(s." + v + ")").collect(Collectors.joining())
                + " FROM " + source + " s JOIN organisation o ON o.org_path = s.org_path"
                + leavingOutOwnLeaf("s") + " GROUP BY " + groups
                + " HAVING " + values.stream().map(v -> "sum(s." + v + ") <> 0").collect(Collectors.joining(" OR ")) + " ORDER BY " + groups);
    }

    /**
     * Fills the (empty) leaf table with the rows {@code select} gives (columns: {@code leafColumn}, {@code org_path}, the
     * rollup's keys and values), then the (empty) rollup from it.
     */
    void fill(Connection connection, String leafTable, String leafColumn, String select) {
        SqlStatements.update(connection, "INSERT INTO " + leafTable + " (" + leafColumns(leafColumn) + ") " + select);
        bulkFrom(connection, leafTable);
    }

    /**
     * Replaces one leaf's rows of {@code leafTable} by those {@code select} gives (same columns as {@link #fill}), and adds
     * the difference to every organisation on their old and new paths.
     */
    void replaceLeaf(Connection connection, String leafTable, String leafColumn, Object leafId, String select, Object... parameters) {
        recompute(connection, leafTable, leafColumn, leafId, () -> {
            SqlStatements.update(connection, "DELETE FROM " + leafTable + " WHERE " + leafColumn + " = ?", leafId);
            SqlStatements.update(connection, "INSERT INTO " + leafTable + " (" + leafColumns(leafColumn) + ") " + select, parameters);
        });
    }

    private String leafColumns(String leafColumn) {
        return Stream.concat(Stream.of(leafColumn, "org_path"), Stream.concat(keys.stream(), values.stream())).collect(Collectors.joining(", "));
    }

    /** The temporary table in which a batch collects the changes of the leaf table {@code leafTable}. */
    static String deltaTable(String leafTable) {
        return "delta_" + leafTable;
    }

    /**
     * Creates, on this connection, the temporary table of a leaf table's changes: its columns plus {@code after} (the
     * contribution was read after the batch's facts, not before). Emptied at every commit.
     */
    static void createDeltaTable(Connection connection, String leafTable) {
        SqlStatements.update(connection, "CREATE TEMPORARY TABLE " + deltaTable(leafTable) + " (LIKE " + leafTable
                + ", after BOOLEAN NOT NULL) ON COMMIT DELETE ROWS");
    }

    /**
     * Adds what {@code select} gives (the leaf table's columns: {@code leafColumn}, {@code org_path}, keys, values) to the
     * leaf's changes: counted in when {@code after}, out (negated) when read before the batch's facts.
     */
    void collect(Connection connection, String leafTable, String leafColumn, boolean after, String select, Object... parameters) {
        String names = leafColumns(leafColumn);
        String signed = Stream.concat(Stream.concat(Stream.of(leafColumn, "org_path"), keys.stream()),
                values.stream().map(v -> after ? v : "-" + v)).collect(Collectors.joining(", "));
        SqlStatements.update(connection, "INSERT INTO " + deltaTable(leafTable) + " (" + names + ", after) SELECT " + signed + ", " + after
                + " FROM (" + select + ") s (" + names + ")", parameters);
    }

    /**
     * Applies the collected changes of a leaf table: each leaf row takes the sum of its changes (and the path it has after
     * the batch), rows falling to zero are removed; then the same changes are added to every organisation on the paths they
     * were counted on, before (out) and after (in). Cost: the changes' rows, whatever the size of the tables.
     */
    void applyDelta(Connection connection, String leafTable, String leafColumn) {
        String delta = deltaTable(leafTable);
        String leafKey = Stream.concat(Stream.of(leafColumn), keys.stream()).collect(Collectors.joining(", "));
        removeEmptied(connection, leafTable, "INSERT INTO " + leafTable + " (" + leafColumns(leafColumn) + ") SELECT " + leafKey.replaceFirst(
                leafColumn, leafColumn + ", coalesce(max(org_path) FILTER (WHERE after), max(org_path))")
                + values.stream().map(v -> ", sum(" + v + ")").collect(Collectors.joining())
                + " FROM " + delta + " GROUP BY " + leafKey
                // a leaf row whose changes cancel out on one path is left as it is (no row version, no index entry)
                + " HAVING " + values.stream().map(v -> "sum(" + v + ") <> 0").collect(Collectors.joining(" OR "))
                + " OR count(DISTINCT org_path) > 1 OR count(org_path) <> count(*)"
                + " ORDER BY " + leafKey
                + " ON CONFLICT (" + leafKey + ") DO UPDATE SET org_path = excluded.org_path"
                + values.stream().map(v -> ", " + v + " = " + leafTable + "." + v + " + excluded." + v).collect(Collectors.joining()));
        addAlongPaths(connection, delta, "org_path");
    }

    /** The condition leaving a leaf row (alias {@code leafAlias}) out of its own organisation {@code o}, or none ({@link #ownLeaf}). */
    private String leavingOutOwnLeaf(String leafAlias) {
        return ownLeaf == null ? "" : " WHERE o.org_id <> " + leafAlias + "." + ownLeaf;
    }

    /**
     * Adds the rows of {@code changes} (the rollup's keys and values, a path column, and the {@link #ownLeaf} column where
     * the rollup has one) to every organisation on each row's path (but the leaf's own), and removes the rollup rows that
     * fall to zero. The changes are first netted per path and key (a person's contribution read before and after the
     * batch mostly cancels out), and each distinct path is split into its organisations once.
     */
    void addAlongPaths(Connection connection, String changes, String pathColumn) {
        String keyList = keys.stream().map(k -> ", " + k).collect(Collectors.joining());
        String leafList = ownLeaf == null ? "" : ", " + ownLeaf;
        String netted = "SELECT " + pathColumn + " AS org_path" + leafList + keyList + values.stream().map(v -> ", sum(" + v + ") AS " + v).collect(Collectors.joining())
                + " FROM " + changes + " GROUP BY " + pathColumn + leafList + keyList
                + " HAVING " + values.stream().map(v -> "sum(" + v + ") <> 0").collect(Collectors.joining(" OR "));
        String perOrganisation = "WITH net AS (" + netted + "), organisation AS (SELECT p.org_path, o.segment::uuid AS org_id"
                + " FROM (SELECT DISTINCT org_path FROM net) p CROSS JOIN LATERAL unnest(string_to_array(p.org_path, '/')) AS o(segment)"
                + " WHERE o.segment ~ '^" + UUID_REGEX + "$')"
                + " SELECT o.org_id" + keys.stream().map(k -> ", n." + k).collect(Collectors.joining())
                + values.stream().map(v -> ", sum(n." + v + ") AS " + v).collect(Collectors.joining())
                + " FROM net n JOIN organisation o ON o.org_path = n.org_path"
                + leavingOutOwnLeaf("n") + " GROUP BY 1" + keys.stream().map(k -> ", n." + k).collect(Collectors.joining());
        String conflict = "org_id" + keyList;
        removeEmptied(connection, table, "INSERT INTO " + table + " (" + conflict + values.stream().map(v -> ", " + v).collect(Collectors.joining())
                + ") SELECT * FROM (" + perOrganisation + ") d WHERE " + values.stream().map(v -> v + " <> 0").collect(Collectors.joining(" OR "))
                + " ORDER BY " + conflict + " ON CONFLICT (" + conflict + ") DO UPDATE SET "
                + values.stream().map(v -> v + " = " + table + "." + v + " + excluded." + v).collect(Collectors.joining(", ")));
    }

    /**
     * Runs {@code upsert} (an INSERT … ON CONFLICT DO UPDATE into {@code target}, whose rows hold this rollup's values, its
     * rows in key order so that two transactions changing the same rows — replicas applying other partitions — lock them in
     * the same order) and removes the rows it left at zero, found by the tuple ids its RETURNING clause gives: the cost
     * follows the rows changed, never the size of the table (a join back on the keys could not use the index: some keys
     * are compared null-safely).
     */
    private void removeEmptied(Connection connection, String target, String upsert) {
        List<String> emptied = SqlStatements.list(connection, "WITH changed AS (" + upsert + " RETURNING ctid, " + String.join(", ", values)
                + ") SELECT ctid::text FROM changed WHERE " + values.stream().map(v -> v + " = 0").collect(Collectors.joining(" AND ")),
                row -> row.getString(1));
        if (!emptied.isEmpty()) {
            // the rows have not moved since the upsert: this transaction holds their locks
            SqlStatements.update(connection, "DELETE FROM " + target + " WHERE ctid = ANY(?::tid[])", SqlStatements.texts(connection, emptied));
        }
    }

    /**
     * Rewrites one leaf's rows of {@code leafTable} (those with {@code leafColumn} = {@code leafId}) by {@code rewrite},
     * and adds the difference to every organisation on their old and new paths. The leaf table has an {@code org_path}
     * column and the rollup's key and value columns.
     */
    void recompute(Connection connection, String leafTable, String leafColumn, Object leafId, Runnable rewrite) {
        // replicas apply events of different partitions at once: one leaf is rewritten by one transaction at a time
        // (held to its commit), else both delete, both insert the same keys and one fails with a duplicate key
        SqlStatements.one(connection, "SELECT pg_advisory_xact_lock(hashtext(?), hashtext(?))", row -> row.getObject(1),
                leafTable, String.valueOf(leafId));
        Delta delta = new Delta();
        delta.addLeafRows(connection, leafTable, leafColumn, leafId, -1);
        rewrite.run();
        delta.addLeafRows(connection, leafTable, leafColumn, leafId, 1);
        delta.apply(connection);
    }

    /** Differences to add to the rollup, collected per organisation and key, then applied once each. */
    private final class Delta {
        private final Map<List<Object>, long[]> changes = new LinkedHashMap<>();

        /**
         * A leaf row on {@code path} with these key values ({@link #keys} order) changes by {@code sign} × its values, for
         * every organisation on the path but {@code leafId} where the rollup leaves the leaf's own rows out.
         */
        private void add(String path, Object leafId, List<Object> key, long[] amounts, int sign) {
            for (UUID org : organisationsOn(path)) {
                if (ownLeaf != null && org.equals(leafId)) {
                    continue;
                }
                List<Object> full = new ArrayList<>(key.size() + 1);
                full.add(org);
                full.addAll(key);
                long[] sum = changes.computeIfAbsent(full, k -> new long[values.size()]);
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += sign * amounts[i];
                }
            }
        }

        private void addLeafRows(Connection connection, String leafTable, String leafColumn, Object leafId, int sign) {
            String columns = Stream.concat(Stream.concat(Stream.of("org_path"), keys.stream()), values.stream())
                    .collect(Collectors.joining(", "));
            SqlStatements.list(connection, "SELECT " + columns + " FROM " + leafTable + " WHERE " + leafColumn + " = ?", row -> {
                List<Object> key = new ArrayList<>(keys.size());
                for (int i = 0; i < keys.size(); i++) {
                    key.add(row.getObject(2 + i));
                }
                long[] amounts = new long[values.size()];
                for (int i = 0; i < amounts.length; i++) {
                    amounts[i] = row.getLong(2 + keys.size() + i);
                }
                add(row.getString(1), leafId, key, amounts, sign);
                return null;
            }, leafId);
        }

        void apply(Connection connection) {
            changes.forEach((key, amounts) -> {
                boolean changed = false;
                for (long amount : amounts) {
                    changed |= amount != 0;
                }
                if (!changed) {
                    return;
                }
                List<Object> row = new ArrayList<>(key);
                for (long amount : amounts) {
                    row.add(amount);
                }
                SqlStatements.update(connection, upsert, row.toArray());
                SqlStatements.update(connection, removeZero, key.toArray());
            });
        }
    }

    private static List<UUID> organisationsOn(String path) {
        List<UUID> organisations = new ArrayList<>();
        if (path == null) {
            return organisations;
        }
        for (String segment : path.split("/")) {
            if (UUID_SEGMENT.matcher(segment).matches()) {
                organisations.add(UUID.fromString(segment));
            }
        }
        return organisations;
    }
}
