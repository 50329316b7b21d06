package vn.partydev.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.partydev.platform.calendar.WorkingDayCalendar;
import vn.partydev.reporting.domain.Column;
import vn.partydev.reporting.domain.ListLimit;
import vn.partydev.reporting.domain.ReportTable;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Overdue work (việc quá hạn) as of today: admission decisions (R-SLA-1), ceremonies (R-SLA-2), recognition
 * votes and recognition decisions (R-SLA-3) whose due date, carried by the events, has passed with nothing done.
 * The summary counts everything; the items list (kind, then due date, then person) carries at most {@code limit} rows
 * ({@link ListLimit}), with a warning giving the total when it is cut short.
 */
@ApplicationScoped
class OverdueReport implements ReportBuilder {

    /** What is overdue, with the condition on a person row that makes it so. */
    enum Kind {
        DECISION("decision_due", "p.decided_on IS NULL AND p.admitted_on IS NULL AND p.case_closed_on IS NULL",
                "Quyết định kết nạp quá hạn", "Admission decision overdue"),
        CEREMONY("ceremony_due", "p.admitted_on IS NULL AND p.case_closed_on IS NULL",
                "Lễ kết nạp quá hạn", "Ceremony overdue"),
        RECOGNITION_VOTE("recognition_vote_due", "p.recognition_voted_on IS NULL AND p.recognised_on IS NULL AND p.struck_off_on IS NULL",
                "Biểu quyết công nhận chính thức quá hạn", "Recognition vote overdue"),
        RECOGNITION_DECISION("recognition_decision_due", "p.recognised_on IS NULL AND p.struck_off_on IS NULL",
                "Quyết định công nhận chính thức quá hạn", "Recognition decision overdue");

        final String dueColumn;
        final String pending;
        final String vietnamese;
        final String english;

        Kind(String dueColumn, String pending, String vietnamese, String english) {
            this.dueColumn = dueColumn;
            this.pending = pending;
            this.vietnamese = vietnamese;
            this.english = english;
        }
    }

    @Inject
    WorkingDayCalendar calendar;

    @Override
    public String name() {
        return "overdue";
    }

    @Override
    public boolean needsPeriod() {
        return false;
    }

    @Override
    public Content build(Query query) {
        var items = ReportTable.named("items", "Danh sách việc quá hạn", "Overdue items",
                new Column("kind", "Loại (mã)", "Kind (code)"),
                new Column("kindName", "Loại việc", "Kind"),
                new Column("personId", "Mã người (id)", "Person id"),
                new Column("caseId", "Mã hồ sơ (id)", "Case id"),
                new Column("cellId", "Mã chi bộ (id)", "Cell id"),
                new Column("cellCode", "Mã chi bộ", "Cell code"),
                new Column("due", "Hạn", "Due"),
                new Column("workingDaysOverdue", "Số ngày làm việc quá hạn", "Working days overdue"));
        Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        LocalDate today = query.today();
        ListLimit limit = ListLimit.of(query.options());
        String subtree = query.org().subtree();
        int room = limit.rows();
        // up to 1,000 items share a few hundred due dates: each date's working days are counted once, not once per item
        Map<LocalDate, Integer> daysOverdueByDue = new HashMap<>();
        for (Kind kind : Kind.values()) {
            // complete counts from the kind's partial index (pending rows only), then at most `room` items in order
            String pending = " FROM person p WHERE p.org_path LIKE ? AND p." + kind.dueColumn + " < ? AND " + kind.pending;
            long count = SqlStatements.count(query.connection(), "SELECT count(*)" + pending, subtree, today);
            counts.put(kind, count);
            if (count == 0 || room == 0) {
                continue;
            }
            room -= SqlStatements.list(query.connection(), "SELECT p.person_id, p.case_id, p.cell_id, o.code, p." + kind.dueColumn
                            + " FROM person p LEFT JOIN org_node o ON o.id = p.cell_id WHERE p.org_path LIKE ? AND p." + kind.dueColumn
                            + " < ? AND " + kind.pending + " ORDER BY p." + kind.dueColumn + ", p.person_id LIMIT ?",
                    row -> {
                        LocalDate due = row.getObject(5, LocalDate.class);
                        UUID caseId = row.getObject(2, UUID.class);
                        return items.row(kind.name(), kind.vietnamese + " / " + kind.english, row.getObject(1, UUID.class).toString(),
                                caseId == null ? null : caseId.toString(), row.getObject(3, UUID.class).toString(), row.getString(4), due,
                                daysOverdueByDue.computeIfAbsent(due, day -> calendar.workingDaysBetween(day, today)));
                    }, subtree, today, room).size();
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        String cut = limit.warning("items", total, limit.rows() - room);
        var summary = ReportTable.named("summary", "Tổng hợp việc quá hạn", "Overdue summary",
                new Column("kind", "Loại (mã)", "Kind (code)"),
                new Column("kindName", "Loại việc", "Kind"),
                new Column("count", "Số việc quá hạn", "Overdue"));
        counts.forEach((kind, count) -> summary.row(kind.name(), kind.vietnamese + " / " + kind.english, count));
        return new Content(List.of(summary.build(), items.build()), cut == null ? List.of() : List.of(cut));
    }
}
