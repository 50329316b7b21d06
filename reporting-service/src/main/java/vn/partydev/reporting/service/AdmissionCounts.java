package vn.partydev.reporting.service;

import vn.partydev.reporting.domain.Breakdown;
import vn.partydev.reporting.domain.OrgNode;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/**
 * Admissions of a subtree in a range of dates, by breakdown category: whole months from the organisation's rows of
 * {@code admission_rollup} (the subtree's admissions per month, pre-aggregated), the partial months at either end
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
                    SELECT dimension, value, sum(admitted) FROM admission_rollup
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
