package vn.partydev.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.partydev.reporting.domain.Column;
import vn.partydev.reporting.domain.OrgNode;
import vn.partydev.reporting.domain.Percentage;
import vn.partydev.reporting.domain.ReportTable;
import vn.partydev.reporting.domain.TargetPeriod;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Forecast (dự báo) of admissions by the end of the period (a year or a term) for the organisation and each
 * child, from its own history: admitted so far, plus each open case × the share of its past cases that ended in
 * admission, plus each certified candidate without a case × the share of its certified candidates who got a case
 * × that same admission share — counting only those whose median stage durations end before the period does.
 */
@ApplicationScoped
class ForecastReport implements ReportBuilder {

    @Override
    public String name() {
        return "forecast";
    }

    @Override
    public Content build(Query query) {
        var table = ReportTable.named("forecast", "Dự báo kết quả kết nạp", "Admissions forecast",
                new Column("orgId", "Mã tổ chức (id)", "Organisation id"),
                new Column("orgCode", "Mã tổ chức", "Organisation code"),
                new Column("orgName", "Tên tổ chức", "Organisation"),
                new Column("target", "Chỉ tiêu", "Target"),
                new Column("admitted", "Đã kết nạp", "Admitted so far"),
                new Column("openCases", "Hồ sơ đang xử lý", "Open cases"),
                new Column("certifiedWaiting", "Đã có giấy chứng nhận, chưa lập hồ sơ", "Certified, no case yet"),
                new Column("caseAdmissionPercent", "Tỷ lệ hồ sơ được kết nạp %", "Cases ending in admission %"),
                new Column("certifiedCasePercent", "Tỷ lệ có chứng nhận được lập hồ sơ %", "Certified who got a case %"),
                new Column("medianDaysCaseToAdmission", "Trung vị số ngày từ lập hồ sơ đến kết nạp", "Median days case to admission"),
                new Column("medianDaysCertifiedToCase", "Trung vị số ngày từ chứng nhận đến lập hồ sơ", "Median days certificate to case"),
                new Column("expected", "Dự kiến kết nạp", "Expected admissions"),
                new Column("shortfall", "Dự kiến thiếu so với chỉ tiêu", "Expected shortfall"));
        String targetPeriod = TargetPeriod.measuredAgainst(query.period());
        List<String> warnings = new ArrayList<>();
        List<OrgNode> orgs = new ArrayList<>();
        orgs.add(query.org());
        orgs.addAll(OrganisationTree.children(query.connection(), query.org().id()));
        for (OrgNode org : orgs) {
            forecast(query, org, Targets.of(query.connection(), org.id(), targetPeriod), table, warnings);
        }
        return new Content(List.of(table.build()), warnings);
    }

    private void forecast(Query query, OrgNode org, Long target, ReportTable.Builder table, List<String> warnings) {
        var connection = query.connection();
        LocalDate today = query.today();
        LocalDate end = query.period().to();
        LocalDate soFar = today.isBefore(end) ? today : end;
        long admitted = AdmissionCounts.total(connection, org, query.period().from(), soFar);
        long[] history = SqlStatements.one(connection, """
                SELECT count(*) FILTER (WHERE case_opened_on IS NOT NULL AND admitted_on IS NOT NULL),
                       count(*) FILTER (WHERE case_opened_on IS NOT NULL AND (admitted_on IS NOT NULL OR case_closed_on IS NOT NULL)),
                       count(*) FILTER (WHERE certified_on IS NOT NULL AND case_opened_on IS NOT NULL),
                       count(*) FILTER (WHERE certified_on IS NOT NULL),
                       coalesce(ceil(percentile_cont(0.5) WITHIN GROUP (ORDER BY admitted_on - case_opened_on)), 0),
                       coalesce(ceil(percentile_cont(0.5) WITHIN GROUP (ORDER BY case_opened_on - certified_on)), 0)
                FROM person WHERE org_path LIKE ?
                """, row -> new long[] {row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5), row.getLong(6)},
                org.subtree());
        int caseDays = (int) history[4];
        int certifiedDays = (int) history[5];
        long[] pipeline = SqlStatements.one(connection, """
                SELECT count(*) FILTER (WHERE case_opened_on IS NOT NULL AND admitted_on IS NULL AND case_closed_on IS NULL),
                       count(*) FILTER (WHERE case_opened_on IS NOT NULL AND admitted_on IS NULL AND case_closed_on IS NULL
                                        AND greatest(?::date, case_opened_on + ?::int) <= ?::date),
                       count(*) FILTER (WHERE certified_on IS NOT NULL AND case_opened_on IS NULL AND admitted_on IS NULL AND removed_on IS NULL
                                        AND (certificate_valid_until IS NULL OR certificate_valid_until >= ?::date)),
                       count(*) FILTER (WHERE certified_on IS NOT NULL AND case_opened_on IS NULL AND admitted_on IS NULL AND removed_on IS NULL
                                        AND (certificate_valid_until IS NULL OR certificate_valid_until >= ?::date)
                                        AND greatest(?::date, certified_on + ?::int) + ?::int <= ?::date)
                FROM person WHERE org_path LIKE ?
                """, row -> new long[] {row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4)},
                today, caseDays, end, today, today, today, certifiedDays, caseDays, end, org.subtree());
        BigDecimal caseRate = ratio(history[0], history[1]);
        BigDecimal certifiedRate = ratio(history[2], history[3]);
        BigDecimal expected = BigDecimal.valueOf(admitted)
                .add(caseRate.multiply(BigDecimal.valueOf(pipeline[1])))
                .add(certifiedRate.multiply(caseRate).multiply(BigDecimal.valueOf(pipeline[3])));
        long expectedAdmissions = expected.setScale(0, RoundingMode.HALF_UP).longValueExact();
        Long shortfall = target == null ? null : Math.max(0, target - expectedAdmissions);
        if (history[1] == 0 && pipeline[0] + pipeline[2] > 0) {
            warnings.add(org.code() + " has no finished case yet: its open cases and certified candidates are not counted");
        }
        table.row(org.id().toString(), org.code(), org.name(), target, admitted, pipeline[0], pipeline[2],
                Percentage.of(history[0], history[1]), Percentage.of(history[2], history[3]),
                history[1] == 0 ? null : caseDays, history[3] == 0 || history[2] == 0 ? null : certifiedDays,
                expectedAdmissions, shortfall);
    }

    private static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 10, RoundingMode.HALF_UP);
    }
}
