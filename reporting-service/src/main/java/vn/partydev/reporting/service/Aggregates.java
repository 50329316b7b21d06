package vn.partydev.reporting.service;

import vn.partydev.reporting.domain.Breakdown;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The pre-aggregated tables, always recomputed from the fact rows they summarise (never incremented), so that
 * any order of events, and any repetition, gives the same figures.
 */
final class Aggregates {

    private static final String ADMISSIONS_BY_CATEGORY = """
            SELECT p.cell_id, min(p.org_path), date_trunc('month', p.admitted_on)::date, d.dimension, d.value, count(*)
            FROM person p CROSS JOIN LATERAL %s
            WHERE p.admitted_on IS NOT NULL AND p.cell_id IS NOT NULL %s
            GROUP BY p.cell_id, date_trunc('month', p.admitted_on), d.dimension, d.value
            """;

    /** Every admission_stat row counted for each organisation on its path. */
    static final String ROLLUP_FROM_ADMISSION_STAT = """
            INSERT INTO admission_rollup (org_id, month, dimension, value, admitted)
            SELECT o.segment::uuid, s.month, s.dimension, s.value, sum(s.admitted)
            FROM admission_stat s CROSS JOIN LATERAL unnest(string_to_array(s.org_path, '/')) AS o(segment)
            WHERE o.segment ~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
            GROUP BY 1, 2, 3, 4
            """;

    private static final Pattern UUID_SEGMENT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Aggregates() {
    }

    /** Recomputes the admissions of one cell in one month. */
    static void admissions(Connection connection, UUID cellId, LocalDate admittedOn) {
        if (cellId == null || admittedOn == null) {
            return;
        }
        LocalDate month = admittedOn.withDayOfMonth(1);
        List<CellMonth> before = cellMonth(connection, "WHERE cell_id = ? AND month = ?", cellId, month);
        SqlStatements.update(connection, "DELETE FROM admission_stat WHERE cell_id = ? AND month = ?", cellId, month);
        SqlStatements.update(connection, "INSERT INTO admission_stat (cell_id, org_path, month, dimension, value, admitted) "
                + ADMISSIONS_BY_CATEGORY.formatted(Breakdown.lateralValues(),
                "AND p.cell_id = ? AND p.admitted_on >= ? AND p.admitted_on < ?"), cellId, month, month.plusMonths(1));
        RollupDelta delta = new RollupDelta();
        before.forEach(row -> delta.add(row.path(), row.month(), row.dimension(), row.value(), -row.admitted()));
        cellMonth(connection, "WHERE cell_id = ? AND month = ?", cellId, month)
                .forEach(row -> delta.add(row.path(), row.month(), row.dimension(), row.value(), row.admitted()));
        delta.apply(connection);
    }

    /** Moves a cell's admissions to its new path (the organisation was registered late, or moved). */
    static void repath(Connection connection, UUID cellId, String path) {
        List<CellMonth> moved = cellMonth(connection, "WHERE cell_id = ? AND org_path IS DISTINCT FROM ?", cellId, path);
        if (moved.isEmpty()) {
            return;
        }
        SqlStatements.update(connection, "UPDATE admission_stat SET org_path = ? WHERE cell_id = ? AND org_path IS DISTINCT FROM ?", path, cellId, path);
        RollupDelta delta = new RollupDelta();
        moved.forEach(row -> {
            delta.add(row.path(), row.month(), row.dimension(), row.value(), -row.admitted());
            delta.add(path, row.month(), row.dimension(), row.value(), row.admitted());
        });
        delta.apply(connection);
    }

    private static List<CellMonth> cellMonth(Connection connection, String where, Object... parameters) {
        return SqlStatements.list(connection, "SELECT org_path, month, dimension, value, admitted FROM admission_stat " + where,
                row -> new CellMonth(row.getString(1), row.getObject(2, LocalDate.class), row.getString(3), row.getString(4), row.getInt(5)),
                parameters);
    }

    private record CellMonth(String path, LocalDate month, String dimension, String value, int admitted) {
    }

    /**
     * Changes to {@code admission_rollup} from a recomputed cell-month: each admission_stat row counts for every
     * organisation on its path; rows falling to zero are removed, so the rollup is always what a bulk
     * recomputation would give.
     */
    private static final class RollupDelta {
        private final Map<List<Object>, Integer> changes = new LinkedHashMap<>();

        void add(String path, LocalDate month, String dimension, String value, int admitted) {
            for (UUID org : organisationsOn(path)) {
                changes.merge(List.of(org, month, dimension, value), admitted, Integer::sum);
            }
        }

        void apply(Connection connection) {
            changes.forEach((key, admitted) -> {
                if (admitted != 0) {
                    SqlStatements.update(connection, "INSERT INTO admission_rollup (org_id, month, dimension, value, admitted) VALUES (?, ?, ?, ?, ?) "
                            + "ON CONFLICT (org_id, month, dimension, value) DO UPDATE SET admitted = admission_rollup.admitted + excluded.admitted",
                            key.get(0), key.get(1), key.get(2), key.get(3), admitted);
                    SqlStatements.update(connection, "DELETE FROM admission_rollup WHERE org_id = ? AND month = ? AND dimension = ? AND value = ? "
                            + "AND admitted = 0", key.get(0), key.get(1), key.get(2), key.get(3));
                }
            });
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

    /** Recomputes the member counts and latest admission of one cell. */
    static void cell(Connection connection, UUID cellId) {
        if (cellId == null) {
            return;
        }
        SqlStatements.update(connection, """
                INSERT INTO cell_stat (cell_id, org_path, members, officials, last_admitted_on)
                SELECT ?,
                       (SELECT path FROM org_node WHERE id = ?),
                       (SELECT count(*) FROM member WHERE cell_id = ? AND left_on IS NULL),
                       (SELECT count(*) FROM member WHERE cell_id = ? AND left_on IS NULL AND official_date IS NOT NULL),
                       (SELECT max(admitted_on) FROM person WHERE cell_id = ?)
                ON CONFLICT (cell_id) DO UPDATE SET org_path = excluded.org_path, members = excluded.members, officials = excluded.officials,
                       last_admitted_on = excluded.last_admitted_on
                """, cellId, cellId, cellId, cellId, cellId);
    }

    /** Recomputes how many active members live in a residential area. */
    static void area(Connection connection, UUID areaId) {
        if (areaId == null) {
            return;
        }
        SqlStatements.update(connection, "UPDATE residential_area SET members = "
                + "(SELECT count(*) FROM member WHERE residential_area_id = ? AND left_on IS NULL) WHERE id = ?", areaId, areaId);
    }

    /** Recomputes every aggregate from the fact rows in bulk (end of a rebuild). */
    static void all(Connection connection) {
        SqlStatements.update(connection, "UPDATE person p SET org_path = o.path FROM org_node o WHERE o.id = p.cell_id AND p.org_path IS DISTINCT FROM o.path");
        SqlStatements.update(connection, "UPDATE training_class c SET org_path = o.path FROM org_node o WHERE o.id = c.organiser_id AND c.org_path IS DISTINCT FROM o.path");
        SqlStatements.update(connection, "UPDATE residential_area r SET commune_path = o.path FROM org_node o WHERE o.id = r.commune_id AND r.commune_path IS DISTINCT FROM o.path");
        SqlStatements.update(connection, "TRUNCATE admission_stat, admission_rollup, cell_stat");
        SqlStatements.update(connection, "INSERT INTO admission_stat (cell_id, org_path, month, dimension, value, admitted) "
                + ADMISSIONS_BY_CATEGORY.formatted(Breakdown.lateralValues(), ""));
        SqlStatements.update(connection, ROLLUP_FROM_ADMISSION_STAT);
        SqlStatements.update(connection, """
                INSERT INTO cell_stat (cell_id, org_path, members, officials, last_admitted_on)
                SELECT coalesce(m.cell_id, a.cell_id), (SELECT o.path FROM org_node o WHERE o.id = coalesce(m.cell_id, a.cell_id)),
                       coalesce(m.members, 0), coalesce(m.officials, 0), a.last_admitted_on
                FROM (SELECT cell_id, count(*) FILTER (WHERE left_on IS NULL) AS members,
                             count(*) FILTER (WHERE left_on IS NULL AND official_date IS NOT NULL) AS officials
                      FROM member WHERE cell_id IS NOT NULL GROUP BY cell_id) m
                FULL JOIN (SELECT cell_id, max(admitted_on) AS last_admitted_on FROM person
                           WHERE cell_id IS NOT NULL AND admitted_on IS NOT NULL GROUP BY cell_id) a ON a.cell_id = m.cell_id
                """);
        SqlStatements.update(connection, """
                UPDATE residential_area r SET members = coalesce(
                    (SELECT count(*) FROM member m WHERE m.residential_area_id = r.id AND m.left_on IS NULL), 0)
                """);
    }
}
