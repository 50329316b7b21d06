package vn.partydev.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.partydev.reporting.domain.Column;
import vn.partydev.reporting.domain.OrgNode;
import vn.partydev.reporting.domain.Percentage;
import vn.partydev.reporting.domain.ReportTable;
import vn.partydev.reporting.domain.TargetPeriod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Admissions against targets (kết quả thực hiện chỉ tiêu): for the organisation and each child, admitted in the
 * period against the target of the year (or term) the period lies in, and year-to-date progress.
 */
@ApplicationScoped
class AchievementReport implements ReportBuilder {

    @Override
    public String name() {
        return "achievement";
    }

    @Override
    public Content build(Query query) {
        String targetPeriod = TargetPeriod.measuredAgainst(query.period());
        LocalDate ytdEnd = query.today().isBefore(query.period().to()) ? query.today() : query.period().to();
        LocalDate ytdStart = ytdEnd.withDayOfYear(1);
        String ytdYear = Integer.toString(ytdEnd.getYear());
        var table = ReportTable.named("achievement", "Kết quả thực hiện chỉ tiêu kết nạp", "Admissions against target",
                new Column("orgId", "Mã tổ chức (id)", "Organisation id"),
                new Column("orgCode", "Mã tổ chức", "Organisation code"),
                new Column("orgName", "Tên tổ chức", "Organisation"),
                new Column("targetPeriod", "Kỳ chỉ tiêu", "Target period"),
                new Column("target", "Chỉ tiêu", "Target"),
                new Column("admitted", "Đã kết nạp", "Admitted"),
                new Column("percent", "Tỷ lệ hoàn thành %", "Achievement %"),
                new Column("ytdTo", "Lũy kế đến ngày", "Year to date, up to"),
                new Column("ytdTarget", "Chỉ tiêu năm", "Year target"),
                new Column("ytdAdmitted", "Lũy kế kết nạp từ đầu năm", "Admitted year to date"),
                new Column("ytdPercent", "Tỷ lệ lũy kế %", "Year-to-date %"));
        List<String> warnings = new ArrayList<>();
        List<OrgNode> children = OrganisationTree.children(query.connection(), query.org().id());
        List<OrgNode> rows = new ArrayList<>();
        rows.add(query.org());
        rows.addAll(children);
        List<UUID> ids = rows.stream().map(OrgNode::id).toList();
        Map<UUID, Long> targets = Targets.of(query.connection(), ids, targetPeriod);
        Map<UUID, Long> yearTargets = Targets.of(query.connection(), ids, ytdYear);
        Map<UUID, Long> admittedInPeriod = AdmissionCounts.totals(query.connection(), query.org(), children, query.period().from(), query.period().to());
        Map<UUID, Long> admittedYearToDate = AdmissionCounts.totals(query.connection(), query.org(), children, ytdStart, ytdEnd);
        for (OrgNode org : rows) {
            Long target = targets.get(org.id());
            Long yearTarget = yearTargets.get(org.id());
            long admitted = admittedInPeriod.get(org.id());
            long ytdAdmitted = admittedYearToDate.get(org.id());
            table.row(org.id().toString(), org.code(), org.name(), targetPeriod, target, admitted,
                    target == null ? null : Percentage.of(admitted, target), ytdEnd, yearTarget, ytdAdmitted,
                    yearTarget == null ? null : Percentage.of(ytdAdmitted, yearTarget));
            if (target == null && org == query.org()) {
                warnings.add(targetPeriod == null
                        ? "the period spans several years and is not a term: no target applies"
                        : "no target is set for " + org.code() + " for " + targetPeriod);
            }
        }
        return new Content(List.of(table.build()), warnings);
    }
}
