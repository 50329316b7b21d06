package vn.partydev.reporting.bench;

import vn.partydev.reporting.domain.Breakdown;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * The national-scale read models (issue 6), generated with set-based SQL straight into the serving generation: 34
 * provinces, 3,300 communes, 300,000 cells, 6 million members, 400,000 admissions over two years plus 100,000 people still
 * in the pipeline, with their awareness training — times {@code scale} (the 34 provinces stay). The working days are left
 * empty and the calendar unknown, so that the first catch-up recomputes every funnel duration. Public (in the module's
 * test-jar) for system-tests' commit → report benchmark, which loads it into a running stack's reporting database.
 */
public final class NationalDataset {

    static final String ROOT = "00000000-0000-0000-0000-000000000001";
    static final int PROVINCES = 34;
    static final String TODAY = "2026-06-15";
    public static final List<String> LOADED_TABLES = List.of("org_node", "residential_area", "person", "member", "admission_stat", "admission_rollup",
            "cell_stat", "member_rollup", "funnel_stat", "funnel_rollup", "pipeline_stat", "pipeline_rollup", "training_class", "enrolment", "check_attempt", "certificate", "training_day", "training_rollup");

    final double scale;
    final int communes;
    final int cells;
    final int members;
    final int admissions;
    final int pipeline;
    private final DataSource dataSource;
    private String schema;

    public NationalDataset(DataSource dataSource, double scale) {
        this.dataSource = dataSource;
        this.scale = scale;
        this.communes = scaled(3_300);
        this.cells = scaled(300_000);
        this.members = scaled(6_000_000);
        this.admissions = scaled(400_000);
        this.pipeline = scaled(100_000);
    }

    /** The dataset in words, for a results table. */
    public String describe() {
        return "scale " + scale + ": " + PROVINCES + " provinces, " + communes + " communes, " + cells + " cells, " + members + " members, "
                + admissions + " admissions, " + pipeline + " in the pipeline";
    }

    String schema() {
        return schema;
    }

    private int scaled(int full) {
        return Math.max(1, (int) Math.round(full * scale));
    }

    /**
     * Generates the dataset with set-based SQL into the serving generation, fast: the tables are made unlogged and
     * stripped of their primary keys and indexes while loading, which are then rebuilt exactly as they were.
     */
    public String generate() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            var sql = connection.createStatement();
            schema = single(connection, "SELECT active_schema FROM public.read_model");
            sql.execute("SET search_path TO " + schema + ", public");
            sql.execute("SET synchronous_commit TO off");
            sql.execute("SET maintenance_work_mem TO '512MB'");
            sql.execute("SET work_mem TO '128MB'");
            List<String> restore = new ArrayList<>();
            for (String table : LOADED_TABLES) {
                sql.execute("ALTER TABLE " + table + " SET UNLOGGED");
                List<String> keys = new ArrayList<>();
                try (var rows = sql.executeQuery("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = '"
                        + table + "'::regclass AND contype = 'p'")) {
                    while (rows.next()) {
                        keys.add(rows.getString(1));
                        restore.add("ALTER TABLE " + table + " ADD CONSTRAINT " + rows.getString(1) + " " + rows.getString(2));
                    }
                }
                List<String> indexes = new ArrayList<>();
                try (var rows = connection.createStatement().executeQuery("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = '" + schema
                        + "' AND tablename = '" + table + "' AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = '" + table
                        + "'::regclass)")) {
                    while (rows.next()) {
                        indexes.add(rows.getString(1));
                        restore.add(rows.getString(2));
                    }
                }
                for (String index : indexes) {
                    sql.execute("DROP INDEX " + index);
                }
                for (String key : keys) {
                    sql.execute("ALTER TABLE " + table + " DROP CONSTRAINT " + key);
                }
            }
            String root = "'/" + ROOT + "/'";
            sql.execute("INSERT INTO org_node (id, parent_id, path, kind, code, name, may_decide, population) SELECT md5('P' || p)::uuid, '"
                    + ROOT + "', " + root + " || md5('P' || p)::uuid || '/', 'PROVINCIAL', 'P' || p, 'Tỉnh ' || p, TRUE, NULL "
                    + "FROM generate_series(1, " + PROVINCES + ") p");
            sql.execute("INSERT INTO org_node (id, parent_id, path, kind, code, name, may_decide, population) SELECT md5('C' || c)::uuid, "
                    + "md5('P' || ((c - 1) % " + PROVINCES + " + 1))::uuid, " + root + " || md5('P' || ((c - 1) % " + PROVINCES + " + 1))::uuid || '/' || "
                    + "md5('C' || c)::uuid || '/', 'COMMUNE', 'C' || c, 'Xã ' || c, TRUE, 10000 + c % 20000 FROM generate_series(1, " + communes + ") c");
            sql.execute("CREATE TEMP TABLE commune_path AS SELECT c AS commune_n, md5('C' || c)::uuid AS id, " + root + " || md5('P' || ((c - 1) % "
                    + PROVINCES + " + 1))::uuid || '/' || md5('C' || c)::uuid || '/' AS path FROM generate_series(1, " + communes + ") c");
            sql.execute("INSERT INTO org_node (id, parent_id, path, kind, code, name, may_decide, population) SELECT md5('K' || k)::uuid, "
                    + "c.id, c.path || md5('K' || k)::uuid || '/', 'CELL', 'K' || k, 'Chi bộ ' || k, FALSE, NULL "
                    + "FROM generate_series(1, " + cells + ") k JOIN commune_path c ON c.commune_n = (k - 1) % " + communes + " + 1");
            sql.execute("CREATE TEMP TABLE cell_path AS SELECT k AS cell_n, md5('K' || k)::uuid AS id, c.commune_n AS commune, c.path || md5('K' || k)::uuid || '/' AS path "
                    + "FROM generate_series(1, " + cells + ") k JOIN commune_path c ON c.commune_n = (k - 1) % " + communes + " + 1");
            sql.execute("ANALYZE cell_path");
            sql.execute("INSERT INTO residential_area (id, commune_id, commune_path, kind, name, disadvantaged, covering_cell_id, population, members) "
                    + "SELECT md5('A' || a)::uuid, c.id, c.path, 'THON', 'Thôn ' || a, a % 7 = 0, CASE WHEN a % 13 = 0 THEN NULL ELSE md5('K' || a)::uuid END, "
                    + "1000, CASE WHEN a % 17 = 0 THEN 0 ELSE 20 END FROM generate_series(1, " + communes * 10 + ") a "
                    + "JOIN commune_path c ON c.commune_n = (a - 1) % " + communes + " + 1");
            sql.execute("INSERT INTO member (member_id, cell_id, cell_since, entry_date, official_date) SELECT md5('M' || m)::uuid, c.id, "
                    + "DATE '2000-01-01', DATE '2000-01-01', CASE WHEN m % 10 = 0 THEN NULL ELSE DATE '2001-01-01' END "
                    + "FROM generate_series(1, " + members + ") m JOIN cell_path c ON c.cell_n = (m - 1) % " + cells + " + 1");
            // admitted people (n ≤ admissions) and people still in the pipeline: certified, half of them with a case open
            sql.execute("INSERT INTO person (person_id, cell_id, cell_since, org_path, source, demographics_on, gender, age_at_admission, ethnic_group, religion, "
                    + "general_education, professional_level, occupation, youth_union, nominated_on, listed_on, enrolled_on, certified_on, "
                    + "certificate_valid_until, case_opened_on, cell_resolution_on, decision_due, decided_on, ceremony_due, admitted_on, recognition_vote_due) "
                    + "SELECT md5('N' || n)::uuid, k.id, d - 250, k.path, (ARRAY['YOUTH_UNION','TRADE_UNION','WOMENS_UNION','FARMERS_UNION','CELL'])[n % 5 + 1], "
                    + "d, CASE WHEN n % 2 = 0 THEN 'FEMALE' ELSE 'MALE' END, 18 + n % 45, CASE WHEN n % 9 = 0 THEN 'TAY' ELSE 'KINH' END, "
                    + "CASE WHEN n % 11 = 0 THEN 'BUDDHISM' ELSE 'NONE' END, 'UPPER_SECONDARY', (ARRAY['NONE','COLLEGE','UNIVERSITY','MASTER'])[n % 4 + 1], "
                    + "(ARRAY['STUDENT','FARMER','CIVIL_SERVANT','PRIVATE_ENTERPRISE_WORKER','ARMED_FORCES'])[n % 5 + 1], n % 3 = 0, "
                    + "d - 250, d - 220, d - 200, d - 170, d + 1650, CASE WHEN n <= " + admissions + " OR n % 2 = 0 THEN d - 120 END, "
                    + "CASE WHEN n <= " + admissions + " THEN d - 80 END, CASE WHEN n <= " + admissions + " THEN d - 20 END, "
                    + "CASE WHEN n <= " + admissions + " THEN d - 30 END, CASE WHEN n <= " + admissions + " THEN d + 10 END, "
                    + "CASE WHEN n <= " + admissions + " THEN d END, CASE WHEN n <= " + admissions + " THEN d + 400 END "
                    + "FROM (SELECT n, DATE '2025-01-01' + (n % 730) AS d, (n::bigint * 7919) % " + cells + " + 1 AS k "
                    + "FROM generate_series(1, " + (admissions + pipeline) + ") n) g JOIN cell_path k ON k.cell_n = g.k");
            // awareness training: a class per commune and half-year, every person enrolled, checked (one in five fails once), certified
            sql.execute("INSERT INTO training_class (class_id, kind, organiser_id, org_path, starts_on, ends_on, capacity, completed_on) "
                    + "SELECT md5('T' || c.commune_n || '-' || h)::uuid, 'AWARENESS', c.id, c.path, DATE '2024-07-01' + h * 182, DATE '2024-07-01' + h * 182 + 30, "
                    + "200, DATE '2024-07-01' + h * 182 + 30 FROM commune_path c CROSS JOIN generate_series(0, 4) h");
            sql.execute("CREATE TEMP TABLE trainee AS SELECT md5('N' || n)::uuid AS person_id, md5('T' || k.commune || '-' || "
                    + "least(4, greatest(0, ((DATE '2025-01-01' + (n % 730) - 200) - DATE '2024-07-01') / 182)))::uuid AS class_id, "
                    + "DATE '2025-01-01' + (n % 730) AS d, n FROM generate_series(1, " + (admissions + pipeline) + ") n "
                    + "JOIN cell_path k ON k.cell_n = (n::bigint * 7919) % " + cells + " + 1");
            sql.execute("INSERT INTO enrolment (person_id, class_id, kind, enrolled_on) SELECT person_id, class_id, 'AWARENESS', d - 200 FROM trainee");
            sql.execute("INSERT INTO check_attempt (person_id, class_id, attempt, passed, checked_on) "
                    + "SELECT person_id, class_id, 1, n % 5 <> 0, d - 175 FROM trainee "
                    + "UNION ALL SELECT person_id, class_id, 2, TRUE, d - 172 FROM trainee WHERE n % 5 = 0");
            sql.execute("INSERT INTO certificate (certificate_number, person_id, kind, issuer_id, class_id, issued_on, valid_until) "
                    + "SELECT 'NT-' || n, person_id, 'AWARENESS', md5('C' || 1)::uuid, class_id, d - 170, d + 1650 FROM trainee");
            sql.execute("INSERT INTO admission_stat (cell_id, org_path, month, dimension, value, admitted) "
                    + "SELECT p.cell_id, min(p.org_path), date_trunc('month', p.admitted_on)::date, d.dimension, d.value, count(*) "
                    + "FROM person p CROSS JOIN LATERAL " + Breakdown.lateralValues() + " WHERE p.admitted_on IS NOT NULL "
                    + "GROUP BY p.cell_id, date_trunc('month', p.admitted_on), d.dimension, d.value");
            sql.execute("INSERT INTO admission_rollup (org_id, month, dimension, value, admitted) "
                    + "SELECT o.segment::uuid, s.month, s.dimension, s.value, sum(s.admitted) "
                    + "FROM admission_stat s CROSS JOIN LATERAL unnest(string_to_array(s.org_path, '/')) AS o(segment) "
                    + "WHERE o.segment <> '' AND o.segment <> s.cell_id::text GROUP BY 1, 2, 3, 4");
            sql.execute("INSERT INTO cell_stat (cell_id, org_path, code, name, current_cell, members, officials, last_admitted_on) "
                    + "SELECT m.cell_id, k.path, o.code, o.name, o.kind IN ('CELL', 'GRASSROOTS_CELL') AND o.retired_on IS NULL, m.members, m.officials, "
                    + "a.last_admitted_on FROM (SELECT cell_id, count(*) AS members, count(official_date) AS officials FROM member GROUP BY cell_id) m "
                    + "JOIN cell_path k ON k.id = m.cell_id JOIN org_node o ON o.id = m.cell_id "
                    + "LEFT JOIN (SELECT cell_id, max(admitted_on) AS last_admitted_on FROM person GROUP BY cell_id) a ON a.cell_id = m.cell_id");
            // the rollups as Aggregates.all computes them (a cell's own admissions, funnel and pipeline in its leaf rows only, see
            // Rollup): members per organisation, training per class and day, per organisation
            sql.execute("INSERT INTO member_rollup (org_id, members, officials) SELECT o.segment::uuid, sum(s.members), sum(s.officials) "
                    + "FROM cell_stat s CROSS JOIN LATERAL unnest(string_to_array(s.org_path, '/')) AS o(segment) WHERE o.segment <> '' "
                    + "GROUP BY 1 HAVING sum(s.members) <> 0 OR sum(s.officials) <> 0");
            sql.execute("INSERT INTO funnel_stat (cell_id, org_path, month, source, stage, people) SELECT p.cell_id, min(p.org_path), "
                    + "date_trunc('month', s.day)::date, coalesce(p.source, 'UNKNOWN'), s.stage, count(*) FROM person p CROSS JOIN LATERAL (VALUES "
                    + "('PERSON', NULL::date), ('NOMINATED', p.nominated_on), ('LISTED', p.listed_on), ('TRAINED', p.enrolled_on), "
                    + "('CERTIFIED', p.certified_on), ('CASE_OPENED', p.case_opened_on), ('ADMITTED', p.admitted_on), ('RECOGNISED', p.recognised_on)) "
                    + "AS s(stage, day) WHERE p.cell_id IS NOT NULL AND (s.day IS NOT NULL OR s.stage = 'PERSON') "
                    + "GROUP BY p.cell_id, date_trunc('month', s.day), coalesce(p.source, 'UNKNOWN'), s.stage");
            sql.execute("INSERT INTO funnel_rollup (org_id, month, source, stage, people) SELECT o.segment::uuid, s.month, s.source, s.stage, "
                    + "sum(s.people) FROM funnel_stat s CROSS JOIN LATERAL unnest(string_to_array(s.org_path, '/')) AS o(segment) "
                    + "WHERE o.segment <> '' AND o.segment <> s.cell_id::text GROUP BY 1, 2, 3, 4");
            sql.execute("INSERT INTO pipeline_stat (cell_id, org_path, measure, value, on_day, until_day, people) "
                    + "SELECT p.cell_id, min(p.org_path), m.measure, m.value, m.on_day, m.until_day, count(*) FROM person p CROSS JOIN LATERAL (VALUES "
                    + "('CASE_DAYS', p.admitted_on - p.case_opened_on, NULL::date, NULL::date, p.case_opened_on IS NOT NULL AND p.admitted_on IS NOT NULL), "
                    + "('FINISHED', 0, NULL, NULL, p.case_opened_on IS NOT NULL AND (p.admitted_on IS NOT NULL OR p.case_closed_on IS NOT NULL)), "
                    + "('CERTIFIED_DAYS', p.case_opened_on - p.certified_on, NULL, NULL, p.certified_on IS NOT NULL AND p.case_opened_on IS NOT NULL), "
                    + "('CERTIFIED', 0, NULL, NULL, p.certified_on IS NOT NULL), "
                    + "('OPEN', 0, p.case_opened_on, NULL, p.case_opened_on IS NOT NULL AND p.admitted_on IS NULL AND p.case_closed_on IS NULL), "
                    + "('WAITING', 0, p.certified_on, p.certificate_valid_until, p.certified_on IS NOT NULL AND p.case_opened_on IS NULL "
                    + "AND p.admitted_on IS NULL AND p.removed_on IS NULL)) AS m(measure, value, on_day, until_day, counted) "
                    + "WHERE p.cell_id IS NOT NULL AND m.counted GROUP BY p.cell_id, m.measure, m.value, m.on_day, m.until_day");
            sql.execute("INSERT INTO pipeline_rollup (org_id, measure, value, on_day, until_day, people) SELECT o.segment::uuid, s.measure, s.value, "
                    + "s.on_day, s.until_day, sum(s.people) FROM pipeline_stat s CROSS JOIN LATERAL unnest(string_to_array(s.org_path, '/')) AS o(segment) "
                    + "WHERE o.segment <> '' AND o.segment <> s.cell_id::text GROUP BY 1, 2, 3, 4, 5");
            sql.execute("INSERT INTO training_day (class_id, org_path, day, kind, classes, trainees, certificates, checked, passed, passed_first) "
                    + "SELECT c.class_id, c.org_path, f.day, coalesce(f.kind, c.kind), sum(f.classes), sum(f.trainees), sum(f.certificates), "
                    + "sum(f.checked), sum(f.passed), sum(f.passed_first) FROM training_class c JOIN ("
                    + "SELECT class_id, starts_on AS day, NULL::varchar AS kind, 1 AS classes, 0 AS trainees, 0 AS certificates, 0 AS checked, "
                    + "0 AS passed, 0 AS passed_first FROM training_class "
                    + "UNION ALL SELECT class_id, enrolled_on, kind, 0, 1, 0, 0, 0, 0 FROM enrolment WHERE withdrawn_on IS NULL "
                    + "UNION ALL SELECT class_id, issued_on, kind, 0, 0, 1, 0, 0, 0 FROM certificate WHERE revoked_on IS NULL AND class_id IS NOT NULL "
                    + "UNION ALL SELECT f.class_id, f.checked_on, NULL, 0, 0, 0, 1, CASE WHEN f.passed OR EXISTS (SELECT 1 FROM check_attempt a "
                    + "WHERE a.person_id = f.person_id AND a.class_id = f.class_id AND a.passed AND a.attempt > 1) THEN 1 ELSE 0 END, "
                    + "CASE WHEN f.passed THEN 1 ELSE 0 END FROM check_attempt f WHERE f.attempt = 1"
                    + ") f ON f.class_id = c.class_id GROUP BY c.class_id, c.org_path, f.day, coalesce(f.kind, c.kind)");
            sql.execute("INSERT INTO training_rollup (org_id, day, kind, classes, trainees, certificates, checked, passed, passed_first) "
                    + "SELECT o.segment::uuid, t.day, t.kind, sum(t.classes), sum(t.trainees), sum(t.certificates), sum(t.checked), sum(t.passed), "
                    + "sum(t.passed_first) FROM training_day t CROSS JOIN LATERAL unnest(string_to_array(t.org_path, '/')) AS o(segment) "
                    + "WHERE o.segment <> '' GROUP BY 1, 2, 3");
            for (String statement : restore) {
                sql.execute(statement);
            }
            sql.execute("INSERT INTO public.admission_target (org_id, period, admissions, set_by, set_at) SELECT id, '2026', 6000, 'bench', now() "
                    + "FROM org_node WHERE kind IN ('PROVINCIAL', 'COMMUNE') ON CONFLICT DO NOTHING");
            // the funnel's durations as a change of the working calendar touching every year recomputes them (below)
            sql.execute("TRUNCATE working_day");
            sql.execute("UPDATE projection_state SET as_of = now(), calendar = NULL");
            return schema;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What autovacuum does on a live database: statistics, and the visibility map that index-only scans need. */
    public void vacuum() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            connection.createStatement().execute("SET search_path TO " + schema + ", public");
            connection.createStatement().execute("VACUUM ANALYZE");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String single(Connection connection, String query) throws Exception {
        try (var rows = connection.createStatement().executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
