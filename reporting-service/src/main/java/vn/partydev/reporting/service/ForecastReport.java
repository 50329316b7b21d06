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
        Map<UUID, Long> targets = Targets.of(query.connection(), orgs.stream().map(OrgNode::id).toList(), targetPeriod);
        Map<UUID, Long> admitted = AdmissionCounts.totals(query.connection(), query.org(), children, query.period().from(), soFar);
        Map<String, OrgNode> bySegment = new HashMap<>();
        for (OrgNode child : children) {
            if (child.path().equals(query.org().path() + child.id() + "/")) {
                bySegment.put(child.id().toString(), child);
            }
        }
        Map<UUID, long[]> history = history(query, bySegment);
        for (OrgNode child : children) {
            history.computeIfAbsent(child.id(), id -> history(query, child));
        }
        Map<UUID, long[]> pipeline = pipeline(query, bySegment, history, today, end);
        for (OrgNode child : children) {
            pipeline.computeIfAbsent(child.id(), id -> pipeline(query, child, history.get(id), today, end));
        }
        for (OrgNode org : orgs) {
            forecast(org, targets.get(org.id()), admitted.get(org.id()), history.get(org.id()), pipeline.get(org.id()), table, warnings);
        }
        return new Content(List.of(table.build()), warnings);
    }

    /**
     * Per organisation: cases ending in admission, cases finished, certified with a case, certified, and the median
     * days case → admission and certificate → case (rounded up). One pass over the subtree: the organisation's row is
     * the rollup, a child's is the group of its path segment.
     */
    private static final String HISTORY = """
            SELECT %s, count(*) FILTER (WHERE case_opened_on IS NOT NULL AND admitted_on IS NOT NULL),
                   count(*) FILTER (WHERE case_opened_on IS NOT NULL AND (admitted_on IS NOT NULL OR case_closed_on IS NOT NULL)),
                   count(*) FILTER (WHERE certified_on IS NOT NULL AND case_opened_on IS NOT NULL),
                   count(*) FILTER (WHERE certified_on IS NOT NULL),
                   coalesce(ceil(percentile_cont(0.5) WITHIN GROUP (ORDER BY admitted_on - case_opened_on)), 0),
                   coalesce(ceil(percentile_cont(0.5) WITHIN GROUP (ORDER BY case_opened_on - certified_on)), 0)
            FROM (SELECT %s AS child, case_opened_on, admitted_on, case_closed_on, certified_on FROM person WHERE org_path LIKE ?) p %s
            """;

    private Map<UUID, long[]> history(Query query, Map<String, OrgNode> bySegment) {
        Map<UUID, long[]> history = new HashMap<>();
        SqlStatements.list(query.connection(), HISTORY.formatted("child", "split_part(substr(org_path, ?), '/', 1)", "GROUP BY ROLLUP (child)"), row -> {
            long[] values = {row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5), row.getLong(6), row.getLong(7)};
            String segment = row.getString(1);
            if (segment == null) {
                history.put(query.org().id(), values);
            } else if (bySegment.containsKey(segment)) {
                history.put(bySegment.get(segment).id(), values);
            }
            return null;
        }, query.org().path().length() + 1, query.org().subtree());
        history.computeIfAbsent(query.org().id(), id -> new long[6]);
        bySegment.values().forEach(child -> history.computeIfAbsent(child.id(), id -> new long[6]));
        return history;
    }

    private long[] history(Query query, OrgNode org) {
        return SqlStatements.one(query.connection(), HISTORY.formatted("NULL", "NULL::text", ""),
                row -> new long[] {row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5), row.getLong(6), row.getLong(7)},
                org.subtree());
    }

    /**
     * Per organisation, with its own median days: open cases, those expected to end by the period's end, certified
     * candidates without a case still valid, and those expected to be admitted by then. Each person row counts for its
     * child (its path segment) and for the organisation ('*').
     */
    private static final String PIPELINE = """
            SELECT k.org,
                   count(*) FILTER (WHERE case_opened_on IS NOT NULL AND admitted_on IS NULL AND case_closed_on IS NULL),
                   count(*) FILTER (WHERE case_opened_on IS NOT NULL AND admitted_on IS NULL AND case_closed_on IS NULL
                                    AND greatest(?::date, case_opened_on + k.case_days) <= ?::date),
                   count(*) FILTER (WHERE certified_on IS NOT NULL AND case_opened_on IS NULL AND admitted_on IS NULL AND removed_on IS NULL
                                    AND (certificate_valid_until IS NULL OR certificate_valid_until >= ?::date)),
                   count(*) FILTER (WHERE certified_on IS NOT NULL AND case_opened_on IS NULL AND admitted_on IS NULL AND removed_on IS NULL
                                    AND (certificate_valid_until IS NULL OR certificate_valid_until >= ?::date)
                                    AND greatest(?::date, certified_on + k.certified_days) + k.case_days <= ?::date)
            FROM person p CROSS JOIN LATERAL (VALUES (%s), ('*')) AS g(org)
            JOIN unnest(?::text[], ?::int[], ?::int[]) AS k(org, case_days, certified_days) ON k.org = g.org
            WHERE p.org_path LIKE ? GROUP BY k.org
            """;

    private Map<UUID, long[]> pipeline(Query query, Map<String, OrgNode> bySegment, Map<UUID, long[]> history, LocalDate today, LocalDate end) {
        List<String> keys = new ArrayList<>(List.of("*"));
        List<Integer> caseDays = new ArrayList<>(List.of((int) history.get(query.org().id())[4]));
        List<Integer> certifiedDays = new ArrayList<>(List.of((int) history.get(query.org().id())[5]));
        bySegment.forEach((segment, child) -> {
            keys.add(segment);
            caseDays.add((int) history.get(child.id())[4]);
            certifiedDays.add((int) history.get(child.id())[5]);
        });
        Map<UUID, long[]> pipeline = new HashMap<>();
        SqlStatements.list(query.connection(), PIPELINE.formatted("split_part(substr(p.org_path, ?), '/', 1)"), row -> {
            long[] values = {row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5)};
            String key = row.getString(1);
            pipeline.put(key.equals("*") ? query.org().id() : bySegment.get(key).id(), values);
            return null;
        }, today, end, today, today, today, end, query.org().path().length() + 1, SqlStatements.texts(query.connection(), keys),
                SqlStatements.ints(query.connection(), caseDays), SqlStatements.ints(query.connection(), certifiedDays), query.org().subtree());
        pipeline.computeIfAbsent(query.org().id(), id -> new long[4]);
        bySegment.values().forEach(child -> pipeline.computeIfAbsent(child.id(), id -> new long[4]));
        return pipeline;
    }

    private long[] pipeline(Query query, OrgNode org, long[] history, LocalDate today, LocalDate end) {
        long[] values = SqlStatements.one(query.connection(), PIPELINE.formatted("NULL::text"),
                row -> new long[] {row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5)},
                today, end, today, today, today, end, SqlStatements.texts(query.connection(), List.of("*")),
                SqlStatements.ints(query.connection(), List.of((int) history[4])), SqlStatements.ints(query.connection(), List.of((int) history[5])),
                org.subtree());
        return values == null ? new long[4] : values;
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
