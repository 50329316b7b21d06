package vn.partydev.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.partydev.reporting.domain.Column;
import vn.partydev.reporting.domain.Median;
import vn.partydev.reporting.domain.OrgNode;
import vn.partydev.reporting.domain.Percentage;
import vn.partydev.reporting.domain.ReportTable;
import vn.partydev.reporting.domain.TargetPeriod;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
        List<OrgNode> children = OrganisationTree.children(query.connection(), query.org().id());
        List<OrgNode> orgs = new ArrayList<>();
        orgs.add(query.org());
        orgs.addAll(children);
        LocalDate today = query.today();
        LocalDate end = query.period().to();
        LocalDate soFar = today.isBefore(end) ? today : end;
        List<UUID> ids = orgs.stream().map(OrgNode::id).toList();
        Map<UUID, Long> targets = Targets.of(query.connection(), ids, targetPeriod);
        Map<UUID, Long> admitted = AdmissionCounts.totals(query.connection(), query.org(), children, query.period().from(), soFar);
        Map<UUID, long[]> history = history(query, ids);
        Map<UUID, long[]> pipeline = pipeline(query, ids, history, today, end);
        for (OrgNode org : orgs) {
            forecast(org, targets.get(org.id()), admitted.get(org.id()), history.get(org.id()), pipeline.get(org.id()), table, warnings);
        }
        return new Content(List.of(table.build()), warnings);
    }

    /**
     * Per organisation: cases ending in admission, cases finished, certified with a case, certified, and the median
     * days case → admission and certificate → case (rounded up, as {@code ceil(percentile_cont(0.5))}), from the
     * organisation's histograms in {@code pipeline_subtree} (its whole subtree, kept from the person rows).
     */
    private static Map<UUID, long[]> history(Query query, List<UUID> ids) {
        Map<UUID, Map<String, List<long[]>>> histograms = new HashMap<>();
        SqlStatements.list(query.connection(), """
                SELECT org_id, measure, value, people FROM pipeline_subtree
                WHERE org_id = ANY (?) AND measure IN ('CASE_DAYS', 'FINISHED', 'CERTIFIED_DAYS', 'CERTIFIED') ORDER BY org_id, measure, value
                """, row -> histograms.computeIfAbsent(row.getObject(1, UUID.class), id -> new HashMap<>())
                .computeIfAbsent(row.getString(2), measure -> new ArrayList<>()).add(new long[] {row.getInt(3), row.getInt(4)}),
                SqlStatements.uuids(query.connection(), ids));
        Map<UUID, long[]> history = new HashMap<>();
        for (UUID id : ids) {
            Map<String, List<long[]>> measures = histograms.getOrDefault(id, Map.of());
            List<long[]> caseDays = measures.getOrDefault("CASE_DAYS", List.of());
            List<long[]> certifiedDays = measures.getOrDefault("CERTIFIED_DAYS", List.of());
            history.put(id, new long[] {people(caseDays), people(measures.getOrDefault("FINISHED", List.of())), people(certifiedDays),
                    people(measures.getOrDefault("CERTIFIED", List.of())), Median.ceilOf(caseDays), Median.ceilOf(certifiedDays)});
        }
        return history;
    }

    private static long people(List<long[]> histogram) {
        return histogram.stream().mapToLong(bucket -> bucket[1]).sum();
    }

    /**
     * Per organisation, with its own median days: open cases, those expected to end by the period's end, certified
     * candidates without a case still valid, and those expected to be admitted by then — from the organisation's open
     * cases by the day opened and waiting candidates by the day certified and the day their certificate expires.
     */
    private static final String PIPELINE = """
            SELECT r.org_id,
                   coalesce(sum(r.people) FILTER (WHERE r.measure = 'OPEN'), 0),
                   coalesce(sum(r.people) FILTER (WHERE r.measure = 'OPEN' AND greatest(?::date, r.on_day + k.case_days) <= ?::date), 0),
                   coalesce(sum(r.people) FILTER (WHERE r.measure = 'WAITING' AND (r.until_day IS NULL OR r.until_day >= ?::date)), 0),
                   coalesce(sum(r.people) FILTER (WHERE r.measure = 'WAITING' AND (r.until_day IS NULL OR r.until_day >= ?::date)
                                                 AND greatest(?::date, r.on_day + k.certified_days) + k.case_days <= ?::date), 0)
            FROM pipeline_subtree r JOIN unnest(?::uuid[], ?::int[], ?::int[]) AS k(org_id, case_days, certified_days) ON k.org_id = r.org_id
            WHERE r.org_id = ANY (?) AND r.measure IN ('OPEN', 'WAITING')
            GROUP BY r.org_id
            """;

    private static Map<UUID, long[]> pipeline(Query query, List<UUID> ids, Map<UUID, long[]> history, LocalDate today, LocalDate end) {
        List<Integer> caseDays = ids.stream().map(id -> (int) history.get(id)[4]).toList();
        List<Integer> certifiedDays = ids.stream().map(id -> (int) history.get(id)[5]).toList();
        Map<UUID, long[]> pipeline = new HashMap<>();
        var connection = query.connection();
        SqlStatements.list(connection, PIPELINE, row -> pipeline.put(row.getObject(1, UUID.class),
                        new long[] {row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5)}),
                today, end, today, today, today, end, SqlStatements.uuids(connection, ids), SqlStatements.ints(connection, caseDays),
                SqlStatements.ints(connection, certifiedDays), SqlStatements.uuids(connection, ids));
        ids.forEach(id -> pipeline.computeIfAbsent(id, key -> new long[4]));
        return pipeline;
    }

    private void forecast(OrgNode org, Long target, long admitted, long[] history, long[] pipeline, ReportTable.Builder table, List<String> warnings) {
        int caseDays = (int) history[4];
        int certifiedDays = (int) history[5];
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
