package vn.partydev.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.partydev.platform.codes.TrainingKind;
import vn.partydev.reporting.domain.Column;
import vn.partydev.reporting.domain.Percentage;
import vn.partydev.reporting.domain.ReportTable;

import java.util.HashMap;
import java.util.Map;

/**
 * Training (bồi dưỡng): per kind of class organised in the subtree — classes starting in the period, trainees
 * enrolled in the period (not withdrawn), certificates issued in the period (not revoked), and of the trainees
 * whose first awareness check fell in the period, how many passed at all and how many at the first attempt. Read from
 * {@code training_rollup}: the organisation's rows per day and kind, kept from the fact rows (see {@code Aggregates}).
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
        // the subtree's days of the period, pre-aggregated for the organisation (training_rollup): at most 366 × kinds rows
        Map<String, long[]> perKind = new HashMap<>();
        SqlStatements.list(query.connection(), """
                SELECT kind, sum(classes), sum(trainees), sum(certificates), sum(checked), sum(passed), sum(passed_first)
                FROM training_rollup WHERE org_id = ? AND day >= ? AND day <= ? GROUP BY kind
                """, row -> perKind.put(row.getString(1), new long[] {row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5),
                row.getLong(6), row.getLong(7)}), query.org().id(), query.period().from(), query.period().to());
        for (TrainingKind kind : TrainingKind.values()) {
            long[] counts = perKind.getOrDefault(kind.name(), new long[6]);
            table.row(kind.name(), counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], Percentage.of(counts[4], counts[3]),
                    Percentage.of(counts[5], counts[3]));
        }
        return Content.of(table.build());
    }
}
