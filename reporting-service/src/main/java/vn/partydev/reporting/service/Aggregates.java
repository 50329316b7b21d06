package vn.partydev.reporting.service;

import vn.partydev.reporting.domain.Breakdown;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The pre-aggregated tables, defined once as statements over the fact rows: in bulk ({@link #all}, a rebuild), for some
 * people's contributions (the live projection's differences, {@link #collectContributions}), or for one class or cell
 * when a class changes or the working calendar does. Because the live path adds exactly what these statements give for
 * the people before and after, any order of events, and any repetition, gives the bulk's figures.
 */
final class Aggregates {

    private static final String ADMISSIONS_BY_CATEGORY = """
            SELECT p.cell_id, min(p.org_path), date_trunc('month', p.admitted_on)::date, d.dimension, d.value, count(*)
            FROM person p CROSS JOIN LATERAL %s
            WHERE p.admitted_on IS NOT NULL AND p.cell_id IS NOT NULL %s
            GROUP BY p.cell_id, date_trunc('month', p.admitted_on), d.dimension, d.value
            """;

    /**
     * Training per class, day and kind from the fact rows (see {@code training_day}); {@code %1$s} restricts the classes'
     * own part and {@code %2$s} the trainees' parts (enrolments, certificates, checks): to one class ({@code AND class_id = ?}:
     * one parameter per part, four), to some trainees ({@code AND FALSE}, {@code AND person_id = ANY(?)}: three) or not at all.
     */
    private static final String TRAINING_BY_CLASS_DAY = """
            SELECT c.class_id, c.org_path, f.day, coalesce(f.kind, c.kind), sum(f.classes), sum(f.trainees), sum(f.certificates),
                   sum(f.checked), sum(f.passed), sum(f.passed_first)
            FROM training_class c JOIN (
                SELECT class_id, starts_on AS day, NULL::varchar AS kind, 1 AS classes, 0 AS trainees, 0 AS certificates,
                       0 AS checked, 0 AS passed, 0 AS passed_first
                FROM training_class WHERE TRUE %1$s
                UNION ALL
                SELECT class_id, enrolled_on, kind, 0, 1, 0, 0, 0, 0 FROM enrolment WHERE withdrawn_on IS NULL %2$s
                UNION ALL
                SELECT class_id, issued_on, kind, 0, 0, 1, 0, 0, 0 FROM certificate WHERE revoked_on IS NULL AND class_id IS NOT NULL %2$s
                UNION ALL
                SELECT f.class_id, f.checked_on, NULL, 0, 0, 0, 1,
                       CASE WHEN f.passed OR EXISTS (SELECT 1 FROM check_attempt a WHERE a.person_id = f.person_id AND a.class_id = f.class_id
                                                     AND a.passed AND a.attempt > 1) THEN 1 ELSE 0 END,
                       CASE WHEN f.passed THEN 1 ELSE 0 END
                FROM check_attempt f WHERE f.attempt = 1 %2$s
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

    /**
     * Which contributions besides those of the person rows a batch can change: training (only the trainees' events write
     * enrolments, checks and certificates; a class's own changes are recomputed for the class) and the member roll (only
     * the members' events write it). What a batch cannot change is not read before and after it.
     */
    record Touched(boolean training, boolean memberRoll) {
    }

    /** A restriction of the per-cell statements to some people (one parameter: the array of their ids). */
    private static final String OF_PEOPLE = "AND p.person_id = ANY(?)";

    /**
     * Collects what the people {@code personIds} count for in every aggregate built from people (admissions, the funnel's
     * stages and durations, the forecast's pipeline, training) and from the member roll (members per cell and per residential
     * area): out before the batch's facts, in after them ({@code after}). Applied by {@link #applyContributions}.
     */
    static void collectContributions(Connection connection, java.sql.Array personIds, boolean after, Touched touched) {
        Rollup.ADMISSIONS.collect(connection, "admission_stat", "cell_id", after,
                ADMISSIONS_BY_CATEGORY.formatted(Breakdown.lateralValues(), OF_PEOPLE), (Object) personIds);
        Rollup.STAGES.collect(connection, "funnel_stat", "cell_id", after, STAGES_BY_CELL.formatted(OF_PEOPLE), (Object) personIds);
        Rollup.DURATIONS.collect(connection, "duration_stat", "cell_id", after, DURATIONS_BY_CELL.formatted(OF_PEOPLE), (Object) personIds);
        Rollup.PIPELINE.collect(connection, "pipeline_stat", "cell_id", after, PIPELINE_BY_CELL.formatted(OF_PEOPLE), (Object) personIds);
        if (touched.training()) {
            Rollup.TRAINING.collect(connection, "training_day", "class_id", after,
                    TRAINING_BY_CLASS_DAY.formatted("AND FALSE", "AND person_id = ANY(?)"), personIds, personIds, personIds);
        }
        if (!touched.memberRoll()) {
            return;
        }
        String sign = after ? "" : "-";
        SqlStatements.update(connection, "INSERT INTO delta_cell_members (cell_id, members, officials) SELECT cell_id, "
                + sign + "count(*) FILTER (WHERE left_on IS NULL), " + sign + "count(*) FILTER (WHERE left_on IS NULL AND official_date IS NOT NULL) "
                + "FROM member WHERE member_id = ANY(?) AND cell_id IS NOT NULL GROUP BY cell_id", (Object) personIds);
        SqlStatements.update(connection, "INSERT INTO delta_area_members (area_id, members) SELECT residential_area_id, "
                + sign + "count(*) FILTER (WHERE left_on IS NULL) FROM member WHERE member_id = ANY(?) AND residential_area_id IS NOT NULL "
                + "GROUP BY residential_area_id", (Object) personIds);
    }

    /** Creates, on this connection, the temporary tables {@link #collectContributions} fills, unless they exist. */
    static void ensureContributionTables(Connection connection) {
        if (Boolean.FALSE.equals(SqlStatements.one(connection, "SELECT to_regclass('pg_temp.delta_cell_members') IS NOT NULL", row -> row.getBoolean(1)))) {
            createContributionTables(connection);
        }
    }

    private static void createContributionTables(Connection connection) {
        for (String leaf : List.of("admission_stat", "funnel_stat", "duration_stat", "pipeline_stat", "training_day")) {
            Rollup.createDeltaTable(connection, leaf);
        }
        SqlStatements.update(connection, "CREATE TEMPORARY TABLE delta_cell_members (cell_id UUID NOT NULL, members INTEGER NOT NULL, "
                + "officials INTEGER NOT NULL) ON COMMIT DELETE ROWS");
        SqlStatements.update(connection, "CREATE TEMPORARY TABLE delta_cell_paths (org_path TEXT, members BIGINT NOT NULL, officials BIGINT NOT NULL) "
                + "ON COMMIT DELETE ROWS");
        SqlStatements.update(connection, "CREATE TEMPORARY TABLE delta_area_members (area_id UUID NOT NULL, members INTEGER NOT NULL) "
                + "ON COMMIT DELETE ROWS");
    }

    /**
     * Applies the contributions collected before and after a batch's facts: each leaf aggregate and its rollup change by
     * the difference; the cells' member counts too (a cell named for the first time gets its row, with {@code org_node}'s
     * attributes), added along the path the cell's row has; the residential areas' member counts.
     */
    static void applyContributions(Connection connection) {
        Rollup.ADMISSIONS.applyDelta(connection, "admission_stat", "cell_id");
        Rollup.STAGES.applyDelta(connection, "funnel_stat", "cell_id");
        Rollup.DURATIONS.applyDelta(connection, "duration_stat", "cell_id");
        Rollup.PIPELINE.applyDelta(connection, "pipeline_stat", "cell_id");
        Rollup.TRAINING.applyDelta(connection, "training_day", "class_id");
        SqlStatements.update(connection, """
                INSERT INTO cell_stat (cell_id, org_path, code, name, current_cell, members, officials, last_admitted_on)
                SELECT d.cell_id, o.path, o.code, o.name, %s, d.members, d.officials, NULL
                FROM (SELECT cell_id, sum(members) AS members, sum(officials) AS officials FROM delta_cell_members GROUP BY cell_id) d
                LEFT JOIN org_node o ON o.id = d.cell_id
                ON CONFLICT (cell_id) DO UPDATE SET members = cell_stat.members + excluded.members, officials = cell_stat.officials + excluded.officials
                WHERE excluded.members <> 0 OR excluded.officials <> 0
                """.formatted(CURRENT_CELL));
        SqlStatements.update(connection, """
                INSERT INTO delta_cell_paths (org_path, members, officials)
                SELECT c.org_path, d.members, d.officials
                FROM (SELECT cell_id, sum(members) AS members, sum(officials) AS officials FROM delta_cell_members GROUP BY cell_id) d
                JOIN cell_stat c ON c.cell_id = d.cell_id
                WHERE d.members <> 0 OR d.officials <> 0
                """);
        Rollup.MEMBERS.addAlongPaths(connection, "delta_cell_paths", "org_path");
        SqlStatements.update(connection, """
                UPDATE residential_area r SET members = r.members + d.members
                FROM (SELECT area_id, sum(members) AS members FROM delta_area_members GROUP BY area_id HAVING sum(members) <> 0) d
                WHERE r.id = d.area_id
                """);
    }

    /**
     * The latest admission of each of these cells (an index lookup each), in {@code cell_stat}; a cell with an admission
     * gets its row if it had none.
     */
    static void lastAdmissions(Connection connection, java.sql.Array cellIds) {
        SqlStatements.update(connection, """
                INSERT INTO cell_stat (cell_id, org_path, code, name, current_cell, members, officials, last_admitted_on)
                SELECT k.id, o.path, o.code, o.name, %s, 0, 0, a.last
                FROM unnest(?::uuid[]) AS k(id)
                CROSS JOIN LATERAL (SELECT max(admitted_on) AS last FROM person WHERE cell_id = k.id) a
                LEFT JOIN org_node o ON o.id = k.id
                WHERE a.last IS NOT NULL OR EXISTS (SELECT 1 FROM cell_stat c WHERE c.cell_id = k.id)
                ON CONFLICT (cell_id) DO UPDATE SET last_admitted_on = excluded.last_admitted_on
                WHERE cell_stat.last_admitted_on IS DISTINCT FROM excluded.last_admitted_on
                """.formatted(CURRENT_CELL), (Object) cellIds);
    }

    /**
     * Removes the {@code cell_stat} rows a batch left naming nothing — a cell id that is no organisation, where no member is
     * placed and nobody was admitted (a member's placement the batch moved elsewhere) — as the bulk computation has none.
     * The cells are looked up by their ids (one array, so the primary key serves): joined, the planner would rather scan
     * every cell, as it expects few rows at zero.
     */
    static void forgetUnnamedCells(Connection connection, java.sql.Array cellIds) {
        SqlStatements.update(connection, """
                DELETE FROM cell_stat c
                WHERE c.cell_id = ANY(ARRAY(SELECT unnest(?::uuid[]) UNION SELECT cell_id FROM delta_cell_members))
                  AND c.members = 0 AND c.officials = 0 AND c.last_admitted_on IS NULL
                  AND NOT EXISTS (SELECT 1 FROM org_node o WHERE o.id = c.cell_id)
                  AND NOT EXISTS (SELECT 1 FROM member m WHERE m.cell_id = c.cell_id)
                """, (Object) cellIds);
    }

    /**
     * An organisation registered, updated or retired: its {@code cell_stat} row takes {@code org_node}'s path, code, name and
     * whether it is a current cell (a row of zeros if it had none); its counts move to the new path. Constant cost.
     */
    static void organisationAttributes(Connection connection, UUID orgId) {
        Rollup.MEMBERS.recompute(connection, "cell_stat", "cell_id", orgId, () -> SqlStatements.update(connection, """
                INSERT INTO cell_stat (cell_id, org_path, code, name, current_cell, members, officials, last_admitted_on)
                SELECT o.id, o.path, o.code, o.name, %s, 0, 0, NULL FROM org_node o WHERE o.id = ?
                ON CONFLICT (cell_id) DO UPDATE SET org_path = excluded.org_path, code = excluded.code, name = excluded.name,
                       current_cell = excluded.current_cell
                """.formatted(CURRENT_CELL), orgId));
    }

    /**
     * Whether an {@code org_node} row {@code o} is a current cell (the coverage lists' cells), for {@code cell_stat.current_cell}.
     */
    private static final String CURRENT_CELL = "coalesce(o.kind IN ('CELL', 'GRASSROOTS_CELL') AND o.retired_on IS NULL, FALSE)";

    /**
     * Recounts the funnel's durations of these cells with the generation's working days as they are now: what their rows
     * hold goes out, what their person rows give goes in, along the paths. Set-wise: the cost follows the cells' people.
     */
    static void recountDurations(Connection connection, java.sql.Array cellIds) {
        ensureContributionTables(connection);
        Rollup.DURATIONS.collect(connection, "duration_stat", "cell_id", false,
                "SELECT cell_id, org_path, month, stage, days, people FROM duration_stat WHERE cell_id = ANY(?)", cellIds);
        Rollup.DURATIONS.collect(connection, "duration_stat", "cell_id", true, DURATIONS_BY_CELL.formatted("AND p.cell_id = ANY(?)"), cellIds);
        Rollup.DURATIONS.applyDelta(connection, "duration_stat", "cell_id");
        // the same transaction may collect a batch's contributions next
        SqlStatements.update(connection, "DELETE FROM " + Rollup.deltaTable("duration_stat"));
    }

    /**
     * Recounts, first, those of these cells whose durations still count the working days of a corrected calendar (none,
     * but while a correction is being recounted), so that a batch takes their people's contributions out as they are held.
     */
    static void recountIfPending(Connection connection, java.sql.Array cellIds) {
        List<UUID> pending = SqlStatements.list(connection, "DELETE FROM duration_recount WHERE cell_id = ANY(?) RETURNING cell_id",
                row -> row.getObject(1, UUID.class), cellIds);
        if (!pending.isEmpty()) {
            recountDurations(connection, SqlStatements.uuids(connection, pending));
        }
    }

    /** Recomputes every funnel duration in bulk from the person rows and the generation's working days. */
    static void durations(Connection connection) {
        SqlStatements.update(connection, "TRUNCATE duration_stat, duration_rollup");
        // in the order of duration_stat's unique index, which is then appended to
        Rollup.DURATIONS.fill(connection, "duration_stat", "cell_id", DURATIONS_BY_CELL.formatted("") + " ORDER BY 1, 3, 4, 5");
    }

    /** Recomputes the training rows of one class (every day of it) from the fact rows. */
    static void training(Connection connection, UUID classId) {
        if (classId == null) {
            return;
        }
        Rollup.TRAINING.replaceLeaf(connection, "training_day", "class_id", classId, TRAINING_BY_CLASS_DAY.formatted("AND class_id = ?", "AND class_id = ?"),
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
        Rollup.TRAINING.fill(connection, "training_day", "class_id", TRAINING_BY_CLASS_DAY.formatted("", ""));
        SqlStatements.update(connection, """
                UPDATE residential_area r SET members = coalesce(
                    (SELECT count(*) FROM member m WHERE m.residential_area_id = r.id AND m.left_on IS NULL), 0)
                """);
    }
}
