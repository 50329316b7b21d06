package vn.partydev.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.partydev.platform.codes.TrainingKind;
import vn.partydev.reporting.domain.Column;
import vn.partydev.reporting.domain.Percentage;
import vn.partydev.reporting.domain.ReportTable;

import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

/**
 * Training (bồi dưỡng): per kind of class organised in the subtree — classes starting in the period, trainees
 * enrolled in the period (not withdrawn), certificates issued in the period (not revoked), and of the trainees
 * whose first awareness check fell in the period, how many passed at all and how many at the first attempt.
 */
@ApplicationScoped
class TrainingReport implements ReportBuilder {

    @Override
    public String name() {
        return "training";
    }

    @Override
    public Content build(Query query) {
        var table = ReportTable.named("training", "Bồi dưỡng, đào tạo", "Training",
                new Column("kind", "Loại lớp", "Kind of class"),
                new Column("classes", "Số lớp", "Classes"),
                new Column("trainees", "Số học viên", "Trainees"),
                new Column("certificates", "Giấy chứng nhận đã cấp", "Certificates issued"),
                new Column("checked", "Số người được kiểm tra", "Trainees checked"),
                new Column("passed", "Số người đạt", "Passed"),
                new Column("passedFirstAttempt", "Đạt ngay lần đầu", "Passed at the first attempt"),
                new Column("passPercent", "Tỷ lệ đạt %", "Pass rate %"),
                new Column("firstAttemptPassPercent", "Tỷ lệ đạt lần đầu %", "First-attempt pass rate %"));
        var connection = query.connection();
        Object[] scope = {query.org().subtree(), query.period().from(), query.period().to()};
        // one grouped statement per measure (not one per kind), each reading only the subtree's classes and the
        // rows dated in the period through the (class_id, kind, date) indexes
        Map<String, Long> classes = perKind(connection, "SELECT kind, count(*) FROM training_class WHERE org_path LIKE ? "
                + "AND starts_on BETWEEN ? AND ? GROUP BY kind", scope);
        Map<String, Long> trainees = perKind(connection, "SELECT e.kind, count(*) FROM training_class c JOIN enrolment e ON e.class_id = c.class_id "
                + "WHERE c.org_path LIKE ? AND e.enrolled_on BETWEEN ? AND ? AND e.withdrawn_on IS NULL GROUP BY e.kind", scope);
        Map<String, Long> certificates = perKind(connection, "SELECT k.kind, count(*) FROM training_class c JOIN certificate k ON k.class_id = c.class_id "
                + "WHERE c.org_path LIKE ? AND k.issued_on BETWEEN ? AND ? AND k.revoked_on IS NULL GROUP BY k.kind", scope);
        Map<String, long[]> checks = new HashMap<>();
        SqlStatements.list(connection, """
                SELECT c.kind, count(*), count(*) FILTER (WHERE f.passed OR EXISTS (SELECT 1 FROM check_attempt a WHERE a.person_id = f.person_id
                           AND a.class_id = f.class_id AND a.passed AND a.attempt > 1)), count(*) FILTER (WHERE f.passed)
                FROM training_class c JOIN check_attempt f ON f.class_id = c.class_id
                WHERE f.attempt = 1 AND c.org_path LIKE ? AND f.checked_on BETWEEN ? AND ?
                GROUP BY c.kind
                """, row -> checks.put(row.getString(1), new long[] {row.getLong(2), row.getLong(3), row.getLong(4)}), scope);
        for (TrainingKind kind : TrainingKind.values()) {
            long[] checked = checks.getOrDefault(kind.name(), new long[3]);
            table.row(kind.name(), classes.getOrDefault(kind.name(), 0L), trainees.getOrDefault(kind.name(), 0L),
                    certificates.getOrDefault(kind.name(), 0L), checked[0], checked[1], checked[2],
                    Percentage.of(checked[1], checked[0]), Percentage.of(checked[2], checked[0]));
        }
        return Content.of(table.build());
    }

    private static Map<String, Long> perKind(Connection connection, String sql, Object... parameters) {
        Map<String, Long> counts = new HashMap<>();
        SqlStatements.list(connection, sql, row -> counts.put(row.getString(1), row.getLong(2)), parameters);
        return counts;
    }
}
