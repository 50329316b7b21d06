package vn.partydev.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.partydev.reporting.domain.Column;
import vn.partydev.reporting.domain.ListLimit;
import vn.partydev.reporting.domain.Percentage;
import vn.partydev.reporting.domain.ReportTable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Deadlines kept and breached (chấp hành thời hạn) in a period: the acts done in the period whose deadline the committees
 * of the subtree answer for — admission decisions (R-SLA-1) and ceremonies (R-SLA-2) by the deciding committee, the
 * cell's first recognition vote and the recognition decision (R-SLA-3) by the cell and the deciding committee — counted
 * per committee and act as on time, late with the superior committee's approval (R-SLA-2 only: not a breach) and
 * breaches (done late, as the admission service flagged them, with the working days late). The acts come from
 * {@code sla_act}, one row per person and act; a committee belongs to the subtree by its own path, so a committee's
 * breaches are in its report and its parents', not in its cells'. The list of breaches carries at most {@code limit}
 * rows ({@link ListLimit}).
 */
@ApplicationScoped
class ComplianceReport implements ReportBuilder {

    /** An act with a deadline, the rule that sets it, and the words for it. */
    enum Act {
        DECISION("R-SLA-1", "Quyết định kết nạp", "Admission decision"),
        CEREMONY("R-SLA-2", "Lễ kết nạp", "Ceremony"),
        RECOGNITION_VOTE("R-SLA-3", "Biểu quyết công nhận chính thức", "Recognition vote"),
        RECOGNITION_DECISION("R-SLA-3", "Quyết định công nhận chính thức", "Recognition decision");

        final String rule;
        final String vietnamese;
        final String english;

        Act(String rule, String vietnamese, String english) {
            this.rule = rule;
            this.vietnamese = vietnamese;
            this.english = english;
        }

        String title() {
            return vietnamese + " / " + english;
        }
    }

    /** Acts, on time, late with approval, breaches, working days late (sum), working days late (max). */
    private static final String COUNTS = """
            count(*), count(*) FILTER (WHERE NOT a.late AND (a.approved_on IS NULL OR a.done_on <= a.due)),
            count(*) FILTER (WHERE NOT a.late AND a.approved_on IS NOT NULL AND a.done_on > a.due),
            count(*) FILTER (WHERE a.late), coalesce(sum(a.late_working_days) FILTER (WHERE a.late), 0),
            coalesce(max(a.late_working_days) FILTER (WHERE a.late), 0)
            """;

    @Override
    public String name() {
        return "compliance";
    }

    @Override
    public Content build(Query query) {
        var summary = ReportTable.named("summary", "Tổng hợp chấp hành thời hạn", "Deadlines kept and breached", columns(List.of(),
                new Column("lateWorkingDays", "Tổng số ngày làm việc trễ", "Working days late (total)")));
        var byCommittee = ReportTable.named("by-committee", "Theo cấp ủy chịu trách nhiệm", "By responsible committee", columns(List.of(
                        new Column("committeeId", "Mã cấp ủy (id)", "Committee id"),
                        new Column("committeeCode", "Mã cấp ủy", "Committee code"),
                        new Column("committeeName", "Cấp ủy", "Committee")),
                new Column("maxLateWorkingDays", "Trễ nhiều nhất (ngày làm việc)", "Most working days late")));
        var breaches = ReportTable.named("breaches", "Danh sách vi phạm thời hạn", "Breaches",
                new Column("act", "Việc (mã)", "Act (code)"),
                new Column("rule", "Quy định", "Rule"),
                new Column("committeeId", "Mã cấp ủy (id)", "Committee id"),
                new Column("committeeCode", "Mã cấp ủy", "Committee code"),
                new Column("personId", "Mã người (id)", "Person id"),
                new Column("caseId", "Mã hồ sơ (id)", "Case id"),
                new Column("cellId", "Mã chi bộ (id)", "Cell id"),
                new Column("due", "Hạn", "Due"),
                new Column("doneOn", "Ngày thực hiện", "Done on"),
                new Column("lateWorkingDays", "Số ngày làm việc trễ", "Working days late"));
        String subtree = query.org().subtree();
        LocalDate from = query.period().from();
        LocalDate to = query.period().to();
        String acts = " FROM org_node o JOIN sla_act a ON a.responsible_id = o.id WHERE o.path LIKE ? AND a.done_on >= ? AND a.done_on <= ?";

        Map<Act, long[]> totals = new EnumMap<>(Act.class);
        SqlStatements.list(query.connection(), "SELECT a.act, " + COUNTS + acts + " GROUP BY a.act",
                row -> totals.put(Act.valueOf(row.getString(1)), counts(row, 2)), subtree, from, to);
        for (Act act : Act.values()) {
            long[] counts = totals.getOrDefault(act, new long[6]);
            summary.row(act.name(), act.title(), act.rule, counts[0], counts[1], counts[2], counts[3], Percentage.of(counts[3], counts[0]),
                    counts[4]);
        }

        SqlStatements.list(query.connection(), "SELECT o.id, o.code, o.name, a.act, " + COUNTS + acts
                + " GROUP BY o.id, o.code, o.name, a.act ORDER BY o.code, o.id, array_position(?::text[], a.act::text)", row -> {
                    Act act = Act.valueOf(row.getString(4));
                    long[] counts = counts(row, 5);
                    return byCommittee.row(row.getObject(1, UUID.class).toString(), row.getString(2), row.getString(3), act.name(), act.title(),
                            act.rule, counts[0], counts[1], counts[2], counts[3], Percentage.of(counts[3], counts[0]), counts[5]);
                }, subtree, from, to, SqlStatements.texts(query.connection(), List.of(Act.values()).stream().map(Act::name).toList()));

        ListLimit limit = ListLimit.of(query.options());
        long total = totals.values().stream().mapToLong(counts -> counts[3]).sum();
        int shown = SqlStatements.list(query.connection(), "SELECT a.act, o.id, o.code, a.person_id, a.case_id, a.cell_id, a.due, a.done_on, "
                + "a.late_working_days" + acts + " AND a.late ORDER BY a.done_on, a.person_id, a.act LIMIT ?", row -> {
                    Act act = Act.valueOf(row.getString(1));
                    return breaches.row(act.name(), act.rule, row.getObject(2, UUID.class).toString(), row.getString(3),
                            row.getObject(4, UUID.class).toString(), text(row.getObject(5, UUID.class)), text(row.getObject(6, UUID.class)),
                            row.getObject(7, LocalDate.class), row.getObject(8, LocalDate.class), row.getInt(9));
                }, subtree, from, to, limit.rows()).size();
        String cut = limit.warning("breaches", total, shown);
        return new Content(List.of(summary.build(), byCommittee.build(), breaches.build()), cut == null ? List.of() : List.of(cut));
    }

    /** The columns of a count of acts: {@code before}, which act and by which rule, the counts, then {@code last}. */
    private static Column[] columns(List<Column> before, Column last) {
        List<Column> columns = new ArrayList<>(before);
        columns.addAll(List.of(
                new Column("act", "Việc (mã)", "Act (code)"),
                new Column("actName", "Việc", "Act"),
                new Column("rule", "Quy định", "Rule"),
                new Column("acts", "Số việc đã làm", "Acts done"),
                new Column("onTime", "Đúng hạn", "On time"),
                new Column("approvedLate", "Quá hạn có chấp thuận", "Late with approval"),
                new Column("breaches", "Vi phạm thời hạn", "Breaches"),
                new Column("breachPercent", "Tỷ lệ vi phạm %", "Breaches %"),
                last));
        return columns.toArray(Column[]::new);
    }

    private static long[] counts(java.sql.ResultSet row, int first) throws java.sql.SQLException {
        long[] counts = new long[6];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = row.getLong(first + i);
        }
        return counts;
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
