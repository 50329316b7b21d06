package vn.partydev.reporting.service;

import vn.partydev.reporting.domain.Breakdown;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.UUID;

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

    private Aggregates() {
    }

    /** Recomputes the admissions of one cell in one month. */
    static void admissions(Connection connection, UUID cellId, LocalDate admittedOn) {
        if (cellId == null || admittedOn == null) {
            return;
        }
        LocalDate month = admittedOn.withDayOfMonth(1);
        SqlStatements.update(connection, "DELETE FROM admission_stat WHERE cell_id = ? AND month = ?", cellId, month);
        SqlStatements.update(connection, "INSERT INTO admission_stat (cell_id, org_path, month, dimension, value, admitted) "
                + ADMISSIONS_BY_CATEGORY.formatted(Breakdown.lateralValues(),
                "AND p.cell_id = ? AND p.admitted_on >= ? AND p.admitted_on < ?"), cellId, month, month.plusMonths(1));
    }

    /** Recomputes the member counts and latest admission of one cell. */
    static void cell(Connection connection, UUID cellId) {
        if (cellId == null) {
            return;
        }
        SqlStatements.update(connection, """
                INSERT INTO cell_stat (cell_id, members, officials, last_admitted_on)
                SELECT ?,
                       (SELECT count(*) FROM member WHERE cell_id = ? AND left_on IS NULL),
                       (SELECT count(*) FROM member WHERE cell_id = ? AND left_on IS NULL AND official_date IS NOT NULL),
                       (SELECT max(admitted_on) FROM person WHERE cell_id = ?)
                ON CONFLICT (cell_id) DO UPDATE SET members = excluded.members, officials = excluded.officials,
                       last_admitted_on = excluded.last_admitted_on
                """, cellId, cellId, cellId, cellId);
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
        SqlStatements.update(connection, "TRUNCATE admission_stat, cell_stat");
        SqlStatements.update(connection, "INSERT INTO admission_stat (cell_id, org_path, month, dimension, value, admitted) "
                + ADMISSIONS_BY_CATEGORY.formatted(Breakdown.lateralValues(), ""));
        SqlStatements.update(connection, """
                INSERT INTO cell_stat (cell_id, members, officials, last_admitted_on)
                SELECT coalesce(m.cell_id, a.cell_id), coalesce(m.members, 0), coalesce(m.officials, 0), a.last_admitted_on
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
