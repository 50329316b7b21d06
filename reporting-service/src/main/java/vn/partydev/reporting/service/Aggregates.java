package vn.partydev.reporting.service;

import vn.partydev.reporting.domain.Breakdown;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
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

    /**
     * Training per class, day and kind from the fact rows (see {@code training_day}); {@code %s} restricts every part
     * to one class ({@code AND class_id = ?}: one parameter per part, four) or not at all.
     */
    private static final String TRAINING_BY_CLASS_DAY = """
            SELECT c.class_id, c.org_path, f.day, coalesce(f.kind, c.kind), sum(f.classes), sum(f.trainees), sum(f.certificates),
                   sum(f.checked), sum(f.passed), sum(f.passed_first)
            FROM training_class c JOIN (
                SELECT class_id, starts_on AS day, NULL::varchar AS kind, 1 AS classes, 0 AS trainees, 0 AS certificates,
                       0 AS checked, 0 AS passed, 0 AS passed_first
                FROM training_class WHERE TRUE %1$s
                UNION ALL
                SELECT class_id, enrolled_on, kind, 0, 1, 0, 0, 0, 0 FROM enrolment WHERE withdrawn_on IS NULL %1$s
                UNION ALL
                SELECT class_id, issued_on, kind, 0, 0, 1, 0, 0, 0 FROM certificate WHERE revoked_on IS NULL AND class_id IS NOT NULL %1$s
                UNION ALL
                SELECT f.class_id, f.checked_on, NULL, 0, 0, 0, 1,
                       CASE WHEN f.passed OR EXISTS (SELECT 1 FROM check_attempt a WHERE a.person_id = f.person_id AND a.class_id = f.class_id
                                                     AND a.passed AND a.attempt > 1) THEN 1 ELSE 0 END,
                       CASE WHEN f.passed THEN 1 ELSE 0 END
                FROM check_attempt f WHERE f.attempt = 1 %1$s
            ) f ON f.class_id = c.class_id
            GROUP BY c.class_id, c.org_path, f.day, coalesce(f.kind, c.kind)
            """;

    /**
     * The funnel's stages per cell, month, source and stage, and the people per cell and source (stage PERSON, no
     * month); {@code %s} restricts to one cell or not at all.
     */
    private static final String STAGES_BY_CELL = """
            SELECT p.cell_id, min(p.org_path), date_trunc('month', s.day)::date, coalesce(p.source, '%s'), s.stage, count(*)
            FROM person p CROSS JOIN LATERAL (VALUES ('PERSON', NULL::date)%s) AS s(stage, day)
            WHERE p.cell_id IS NOT NULL AND (s.day IS NOT NULL OR s.stage = 'PERSON') %%s
            GROUP BY p.cell_id, date_trunc('month', s.day), coalesce(p.source, '%1$s'), s.stage
            """.formatted(Breakdown.UNKNOWN, java.util.Arrays.stream(FunnelReport.Stage.values())
            .map(stage -> ", ('" + stage.name() + "', p." + stage.column + ")").collect(java.util.stream.Collectors.joining()));

    /**
     * The funnel's durations per cell, month of the later stage, stage and working days from the previous stage (see
     * {@code duration_stat}); {@code %s} restricts to one cell or not at all.
     */
    private static final String DURATIONS_BY_CELL = """
            SELECT p.cell_id, min(p.org_path), date_trunc('month', s.later)::date, s.stage, l.ordinal - e.ordinal, count(*)
            FROM person p %s
            WHERE p.cell_id IS NOT NULL %%s
            GROUP BY p.cell_id, date_trunc('month', s.later), s.stage, l.ordinal - e.ordinal
            """.formatted(FunnelReport.Stage.DURATIONS);

    /** The forecast's pipeline histograms per cell (see {@code pipeline_stat}); {@code %s} restricts to one cell or not at all. */
    private static final String PIPELINE_BY_CELL = """
            SELECT p.cell_id, min(p.org_path), m.measure, m.value, m.on_day, m.until_day, count(*)
            FROM person p CROSS JOIN LATERAL (VALUES
                ('CASE_DAYS', p.admitted_on - p.case_opened_on, NULL::date, NULL::date,
                 p.case_opened_on IS NOT NULL AND p.admitted_on IS NOT NULL),
                ('FINISHED', 0, NULL, NULL, p.case_opened_on IS NOT NULL AND (p.admitted_on IS NOT NULL OR p.case_closed_on IS NOT NULL)),
                ('CERTIFIED_DAYS', p.case_opened_on - p.certified_on, NULL, NULL, p.certified_on IS NOT NULL AND p.case_opened_on IS NOT NULL),
                ('CERTIFIED', 0, NULL, NULL, p.certified_on IS NOT NULL),
                ('OPEN', 0, p.case_opened_on, NULL, p.case_opened_on IS NOT NULL AND p.admitted_on IS NULL AND p.case_closed_on IS NULL),
                ('WAITING', 0, p.certified_on, p.certificate_valid_until,
                 p.certified_on IS NOT NULL AND p.case_opened_on IS NULL AND p.admitted_on IS NULL AND p.removed_on IS NULL)
            ) AS m(measure, value, on_day, until_day, counted)
            WHERE p.cell_id IS NOT NULL AND m.counted %s
            GROUP BY p.cell_id, m.measure, m.value, m.on_day, m.until_day
            """;

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
        Rollup.Delta delta = Rollup.ADMISSIONS.delta();
        before.forEach(row -> row.addTo(delta, row.path(), -1));
        cellMonth(connection, "WHERE cell_id = ? AND month = ?", cellId, month).forEach(row -> row.addTo(delta, row.path(), 1));
        delta.apply(connection);
    }

    /**
     * Moves what is counted for an organisation to its new path (it was registered late, or moved): a cell's admissions,
     * stages, pipeline and members, and the training of the classes it organises. Called after the fact rows took the new path.
     */
    static void repath(Connection connection, UUID orgId, String path) {
        List<CellMonth> moved = cellMonth(connection, "WHERE cell_id = ? AND org_path IS DISTINCT FROM ?", orgId, path);
        if (!moved.isEmpty()) {
            SqlStatements.update(connection, "UPDATE admission_stat SET org_path = ? WHERE cell_id = ? AND org_path IS DISTINCT FROM ?", path, orgId, path);
            Rollup.Delta delta = Rollup.ADMISSIONS.delta();
            moved.forEach(row -> {
                row.addTo(delta, row.path(), -1);
                row.addTo(delta, path, 1);
            });
            delta.apply(connection);
        }
        stages(connection, orgId);
        pipeline(connection, orgId);
        Rollup.MEMBERS.recompute(connection, "cell_stat", "cell_id", orgId, () -> SqlStatements.update(connection,
                "UPDATE cell_stat SET org_path = ? WHERE cell_id = ? AND org_path IS DISTINCT FROM ?", path, orgId, path));
        SqlStatements.list(connection, "SELECT class_id FROM training_class WHERE organiser_id = ?", row -> row.getObject(1, UUID.class), orgId)
                .forEach(classId -> training(connection, classId));
    }

    private static List<CellMonth> cellMonth(Connection connection, String where, Object... parameters) {
        return SqlStatements.list(connection, "SELECT org_path, month, dimension, value, admitted FROM admission_stat " + where,
                row -> new CellMonth(row.getString(1), row.getObject(2, LocalDate.class), row.getString(3), row.getString(4), row.getInt(5)),
                parameters);
    }

    private record CellMonth(String path, LocalDate month, String dimension, String value, int admitted) {
        void addTo(Rollup.Delta delta, String onPath, int sign) {
            delta.add(onPath, List.of(month, dimension, value), new long[] {admitted}, sign);
        }
    }

    /**
     * Whether an {@code org_node} row {@code o} is a current cell (the coverage lists' cells), for {@code cell_stat.current_cell}.
     */
    private static final String CURRENT_CELL = "coalesce(o.kind IN ('CELL', 'GRASSROOTS_CELL') AND o.retired_on IS NULL, FALSE)";

    /**
     * Recomputes the member counts and latest admission of one cell, with its path, code, name and whether it is a current
     * cell as {@code org_node} has them (called for every organisation registered, updated or retired, too).
     */
    static void cell(Connection connection, UUID cellId) {
        if (cellId == null) {
            return;
        }
        Rollup.MEMBERS.recompute(connection, "cell_stat", "cell_id", cellId, () -> SqlStatements.update(connection, """
                INSERT INTO cell_stat (cell_id, org_path, code, name, current_cell, members, officials, last_admitted_on)
                SELECT k.id, o.path, o.code, o.name, %s,
                       (SELECT count(*) FROM member WHERE cell_id = k.id AND left_on IS NULL),
                       (SELECT count(*) FROM member WHERE cell_id = k.id AND left_on IS NULL AND official_date IS NOT NULL),
                       (SELECT max(admitted_on) FROM person WHERE cell_id = k.id)
                FROM (SELECT ?::uuid AS id) k LEFT JOIN org_node o ON o.id = k.id
                ON CONFLICT (cell_id) DO UPDATE SET org_path = excluded.org_path, code = excluded.code, name = excluded.name,
                       current_cell = excluded.current_cell, members = excluded.members, officials = excluded.officials,
                       last_admitted_on = excluded.last_admitted_on
                """.formatted(CURRENT_CELL), cellId));
    }

    /** Recomputes the funnel's stage counts and durations of one cell from its person rows. */
    static void stages(Connection connection, UUID cellId) {
        if (cellId == null) {
            return;
        }
        Rollup.STAGES.replaceLeaf(connection, "funnel_stat", "cell_id", cellId, STAGES_BY_CELL.formatted("AND p.cell_id = ?"), cellId);
        durations(connection, cellId);
    }

    /** Recomputes the funnel's durations of one cell from its person rows and the generation's working days. */
    static void durations(Connection connection, UUID cellId) {
        Rollup.DURATIONS.replaceLeaf(connection, "duration_stat", "cell_id", cellId, DURATIONS_BY_CELL.formatted("AND p.cell_id = ?"), cellId);
    }

    /** Recomputes every funnel duration in bulk from the person rows and the generation's working days. */
    static void durations(Connection connection) {
        SqlStatements.update(connection, "TRUNCATE duration_stat, duration_rollup");
        // in the order of duration_stat's unique index, which is then appended to
        Rollup.DURATIONS.fill(connection, "duration_stat", "cell_id", DURATIONS_BY_CELL.formatted("") + " ORDER BY 1, 3, 4, 5");
    }

    /** Recomputes the forecast's pipeline histograms of one cell from its person rows. */
    static void pipeline(Connection connection, UUID cellId) {
        if (cellId == null) {
            return;
        }
        Rollup.PIPELINE.replaceLeaf(connection, "pipeline_stat", "cell_id", cellId, PIPELINE_BY_CELL.formatted("AND p.cell_id = ?"), cellId);
    }

    /** Recomputes the training rows of one class (every day of it) from the fact rows. */
    static void training(Connection connection, UUID classId) {
        if (classId == null) {
            return;
        }
        Rollup.TRAINING.replaceLeaf(connection, "training_day", "class_id", classId, TRAINING_BY_CLASS_DAY.formatted("AND class_id = ?"),
                classId, classId, classId, classId);
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
        SqlStatements.update(connection, "TRUNCATE admission_stat, admission_rollup, cell_stat, member_rollup, funnel_stat, funnel_rollup, pipeline_stat, "
                + "pipeline_rollup, training_day, training_rollup");
        SqlStatements.update(connection, "INSERT INTO admission_stat (cell_id, org_path, month, dimension, value, admitted) "
                + ADMISSIONS_BY_CATEGORY.formatted(Breakdown.lateralValues(), ""));
        Rollup.ADMISSIONS.bulkFrom(connection, "admission_stat");
        // a row for every organisation (as live, where each registration recomputes its row), so that coverage finds the
        // cells without members in cell_stat's indexes, and for every cell id members or admissions name
        SqlStatements.update(connection, """
                INSERT INTO cell_stat (cell_id, org_path, code, name, current_cell, members, officials, last_admitted_on)
                SELECT k.cell_id, o.path, o.code, o.name, %s, coalesce(m.members, 0), coalesce(m.officials, 0),
                       a.last_admitted_on
                FROM (SELECT id AS cell_id FROM org_node
                      UNION SELECT cell_id FROM member WHERE cell_id IS NOT NULL
                      UNION SELECT cell_id FROM person WHERE cell_id IS NOT NULL AND admitted_on IS NOT NULL) k
                LEFT JOIN org_node o ON o.id = k.cell_id
                LEFT JOIN (SELECT cell_id, count(*) FILTER (WHERE left_on IS NULL) AS members,
                                  count(*) FILTER (WHERE left_on IS NULL AND official_date IS NOT NULL) AS officials
                           FROM member WHERE cell_id IS NOT NULL GROUP BY cell_id) m ON m.cell_id = k.cell_id
                LEFT JOIN (SELECT cell_id, max(admitted_on) AS last_admitted_on FROM person
                           WHERE cell_id IS NOT NULL AND admitted_on IS NOT NULL GROUP BY cell_id) a ON a.cell_id = k.cell_id
                """.formatted(CURRENT_CELL));
        Rollup.MEMBERS.bulkFrom(connection, "cell_stat");
        Rollup.STAGES.fill(connection, "funnel_stat", "cell_id", STAGES_BY_CELL.formatted(""));
        // with the generation's working days as they were filled at its creation: a calendar changed since is caught up at
        // the switch-over (WorkingCalendarDurations)
        durations(connection);
        Rollup.PIPELINE.fill(connection, "pipeline_stat", "cell_id", PIPELINE_BY_CELL.formatted(""));
        Rollup.TRAINING.fill(connection, "training_day", "class_id", TRAINING_BY_CLASS_DAY.formatted(""));
        SqlStatements.update(connection, """
                UPDATE residential_area r SET members = coalesce(
                    (SELECT count(*) FROM member m WHERE m.residential_area_id = r.id AND m.left_on IS NULL), 0)
                """);
    }
}
