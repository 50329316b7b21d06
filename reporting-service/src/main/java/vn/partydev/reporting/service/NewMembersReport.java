package vn.partydev.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.partydev.reporting.domain.Breakdown;
import vn.partydev.reporting.domain.Column;
import vn.partydev.reporting.domain.Percentage;
import vn.partydev.reporting.domain.ReportTable;

import java.util.ArrayList;
import java.util.List;

/** New members (đảng viên mới kết nạp) of the period, by every category of DOMAIN 5, as counts and percentages. */
@ApplicationScoped
class NewMembersReport implements ReportBuilder {

    @Override
    public String name() {
        return "new-members";
    }

    @Override
    public Content build(Query query) {
        AdmissionCounts counts = AdmissionCounts.of(query.connection(), query.org(), query.period().from(), query.period().to());
        long total = counts.count(Breakdown.TOTAL, "ALL");
        var table = ReportTable.named("breakdown", "Đảng viên mới kết nạp theo đặc điểm", "New members by category",
                new Column("dimension", "Tiêu chí (mã)", "Category (code)"),
                new Column("dimensionName", "Tiêu chí", "Category"),
                new Column("value", "Nhóm (mã)", "Group (code)"),
                new Column("valueVi", "Nhóm", "Group (Vietnamese)"),
                new Column("valueEn", "Nhóm (tiếng Anh)", "Group"),
                new Column("count", "Số lượng", "Count"),
                new Column("percent", "Tỷ lệ %", "Percent"));
        for (Breakdown breakdown : Breakdown.values()) {
            List<String> values = new ArrayList<>(breakdown.categories());
            if (counts.has(breakdown, Breakdown.UNKNOWN)) {
                values.add(Breakdown.UNKNOWN);
            }
            for (String value : values) {
                long count = counts.count(breakdown, value);
                String[] label = breakdown.label(value);
                table.row(breakdown.name(), breakdown.vietnamese() + " / " + breakdown.english(), value, label[0], label[1],
                        count, Percentage.of(count, total));
            }
            for (Breakdown.Aggregate aggregate : breakdown.aggregates()) {
                long count = aggregate.parts().stream().mapToLong(part -> counts.count(breakdown, part)).sum();
                table.row(breakdown.name(), breakdown.vietnamese() + " / " + breakdown.english(), aggregate.code(), aggregate.vietnamese(),
                        aggregate.english(), count, Percentage.of(count, total));
            }
        }
        return Content.of(table.build());
    }
}
