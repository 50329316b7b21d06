package vn.partydev.reporting.service;

import vn.partydev.reporting.domain.Breakdown;
import vn.partydev.reporting.domain.OrgNode;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.Map;

/**
 * Admissions of a subtree in a range of dates, by breakdown category: whole months from the organisation's rows of
 * {@code admission_subtree} (the subtree's admissions per month, pre-aggregated), the partial months at either end
 * from the person rows.
 */
final class AdmissionCounts {

    private final Map<String, Long> counts;

    private AdmissionCounts(Map<String, Long> counts) {
        this.counts = counts;
    }

    static AdmissionCounts of(Connection connection, OrgNode org, LocalDate from, LocalDate to) {
        String subtree = org.subtree();
        Map<String, Long> counts = new HashMap<>();
        LocalDate firstWholeMonth = from.getDayOfMonth() == 1 ? from : YearMonth.from(from).plusMonths(1).atDay(1);
        LocalDate lastWholeMonth = to.equals(YearMonth.from(to).atEndOfMonth()) ? to.withDayOfMonth(1) : YearMonth.from(to).minusMonths(1).atDay(1);
        if (firstWholeMonth.isAfter(lastWholeMonth)) {
            fromPersons(connection, counts, subtree, from, to);
        } else {
            SqlStatements.list(connection, """
                    SELECT dimension, value, sum(admitted) FROM admission_subtree
                    WHERE org_id = ? AND month >= ? AND month <= ? GROUP BY dimension, value
                    """, row -> counts.merge(row.getString(1) + ":" + row.getString(2), row.getLong(3), Long::sum),
                    org.id(), firstWholeMonth, lastWholeMonth);
            if (from.isBefore(firstWholeMonth)) {
                fromPersons(connection, counts, subtree, from, firstWholeMonth.minusDays(1));
            }
            LocalDate afterWholeMonths = lastWholeMonth.plusMonths(1);
            if (!to.isBefore(afterWholeMonths)) {
                fromPersons(connection, counts, subtree, afterWholeMonths, to);
            }
        }
        return new AdmissionCounts(counts);
    }

    /**
     * Only the totals, for an organisation and its children at once (achievement, forecast): whole months in one read
     * of their rollup rows, partial months in one pass over the organisation's person rows, each counted for the
     * child whose path it lies under. A child whose path does not continue its parent's is counted on its own.
     */
    static Map<UUID, Long> totals(Connection connection, OrgNode parent, List<OrgNode> children, LocalDate from, LocalDate to) {
        Map<UUID, Long> totals = new HashMap<>();
        totals.put(parent.id(), 0L);
        children.forEach(child -> totals.put(child.id(), 0L));
        if (to.isBefore(from)) {
            return totals;
        }
        Map<String, UUID> bySegment = new HashMap<>();
        for (OrgNode child : children) {
            if (child.path().equals(parent.path() + child.id() + "/")) {
                bySegment.put(child.id().toString(), child.id());
            } else {
                totals.put(child.id(), total(connection, child, from, to));
            }
        }
        LocalDate firstWholeMonth = from.getDayOfMonth() == 1 ? from : YearMonth.from(from).plusMonths(1).atDay(1);
        LocalDate lastWholeMonth = to.equals(YearMonth.from(to).atEndOfMonth()) ? to.withDayOfMonth(1) : YearMonth.from(to).minusMonths(1).atDay(1);
        List<LocalDate[]> partial = new ArrayList<>();
        if (firstWholeMonth.isAfter(lastWholeMonth)) {
            partial.add(new LocalDate[] {from, to});
        } else {
            List<UUID> ids = new ArrayList<>(bySegment.values());
            ids.add(parent.id());
            SqlStatements.list(connection, """
                    SELECT org_id, sum(admitted) FROM admission_subtree
                    WHERE org_id = ANY (?) AND dimension = ? AND value = 'ALL' AND month >= ? AND month <= ? GROUP BY org_id
                    """, row -> totals.merge(row.getObject(1, UUID.class), row.getLong(2), Long::sum),
                    SqlStatements.uuids(connection, ids), Breakdown.TOTAL.name(), firstWholeMonth, lastWholeMonth);
            if (from.isBefore(firstWholeMonth)) {
                partial.add(new LocalDate[] {from, firstWholeMonth.minusDays(1)});
            }
            if (!to.isBefore(lastWholeMonth.plusMonths(1))) {
                partial.add(new LocalDate[] {lastWholeMonth.plusMonths(1), to});
            }
        }
        for (LocalDate[] range : partial) {
            SqlStatements.list(connection, """
                    SELECT split_part(substr(org_path, ?), '/', 1), count(*) FROM person
                    WHERE org_path LIKE ? AND cell_id IS NOT NULL AND admitted_on >= ? AND admitted_on <= ? GROUP BY 1
                    """, row -> {
                        totals.merge(parent.id(), row.getLong(2), Long::sum);
                        UUID child = bySegment.get(row.getString(1));
                        if (child != null) {
                            totals.merge(child, row.getLong(2), Long::sum);
                        }
                        return null;
                    }, parent.path().length() + 1, parent.subtree(), range[0], range[1]);
        }
        return totals;
    }

    /** Only the total, for achievement and forecasts. */
    static long total(Connection connection, OrgNode org, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        return of(connection, org, from, to).count(Breakdown.TOTAL, "ALL");
    }

    long count(Breakdown breakdown, String value) {
        return counts.getOrDefault(breakdown.name() + ":" + value, 0L);
    }

    boolean has(Breakdown breakdown, String value) {
        return counts.containsKey(breakdown.name() + ":" + value);
    }

    private static void fromPersons(Connection connection, Map<String, Long> counts, String subtree, LocalDate from, LocalDate to) {
        SqlStatements.list(connection, "SELECT d.dimension, d.value, count(*) FROM person p CROSS JOIN LATERAL " + Breakdown.lateralValues()
                        + " WHERE p.org_path LIKE ? AND p.cell_id IS NOT NULL AND p.admitted_on >= ? AND p.admitted_on <= ? GROUP BY d.dimension, d.value",
                row -> counts.merge(row.getString(1) + ":" + row.getString(2), row.getLong(3), Long::sum), subtree, from, to);
    }
}
