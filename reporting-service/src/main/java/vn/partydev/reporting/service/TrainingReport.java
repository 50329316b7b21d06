package vn.partydev.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.partydev.platform.codes.TrainingKind;
import vn.partydev.reporting.domain.Column;
import vn.partydev.reporting.domain.Percentage;
import vn.partydev.reporting.domain.ReportTable;

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
        String subtree = query.org().subtree();
        var from = query.period().from();
        var to = query.period().to();
        for (TrainingKind kind : TrainingKind.values()) {
            long classes = SqlStatements.count(connection, "SELECT count(*) FROM training_class WHERE org_path LIKE ? AND kind = ? "
                    + "AND starts_on BETWEEN ? AND ?", subtree, kind, from, to);
            long trainees = SqlStatements.count(connection, "SELECT count(*) FROM enrolment e JOIN training_class c ON c.class_id = e.class_id "
                    + "WHERE c.org_path LIKE ? AND e.kind = ? AND e.enrolled_on BETWEEN ? AND ? AND e.withdrawn_on IS NULL", subtree, kind, from, to);
            long certificates = SqlStatements.count(connection, "SELECT count(*) FROM certificate k JOIN training_class c ON c.class_id = k.class_id "
                    + "WHERE c.org_path LIKE ? AND k.kind = ? AND k.issued_on BETWEEN ? AND ? AND k.revoked_on IS NULL", subtree, kind, from, to);
            long[] checks = SqlStatements.one(connection, """
                    SELECT count(*), count(*) FILTER (WHERE EXISTS (SELECT 1 FROM check_attempt a WHERE a.person_id = f.person_id
                               AND a.class_id = f.class_id AND a.passed)), count(*) FILTER (WHERE f.passed)
                    FROM check_attempt f JOIN training_class c ON c.class_id = f.class_id
                    WHERE f.attempt = 1 AND c.org_path LIKE ? AND c.kind = ? AND f.checked_on BETWEEN ? AND ?
                    """, row -> new long[] {row.getLong(1), row.getLong(2), row.getLong(3)}, subtree, kind, from, to);
            table.row(kind.name(), classes, trainees, certificates, checks[0], checks[1], checks[2],
                    Percentage.of(checks[1], checks[0]), Percentage.of(checks[2], checks[0]));
        }
        return Content.of(table.build());
    }
}
