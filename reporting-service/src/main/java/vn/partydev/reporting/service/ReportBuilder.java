package vn.partydev.reporting.service;

import vn.partydev.reporting.domain.OrgNode;
import vn.partydev.reporting.domain.Period;
import vn.partydev.reporting.domain.ReportTable;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One kind of report, computed from the active read models. */
interface ReportBuilder {

    /** The name in the URL, e.g. {@code new-members}. */
    String name();

    /** Whether the report is about a period (coverage and overdue are about today). */
    default boolean needsPeriod() {
        return true;
    }

    Content build(Query query);

    /** What a report is asked for. */
    record Query(Connection connection, OrgNode org, Period period, LocalDate today, Map<String, String> options) {
    }

    /** What it answers. */
    record Content(List<ReportTable> tables, List<String> warnings) {
        static Content of(ReportTable... tables) {
            return new Content(List.of(tables), List.of());
        }
    }
}
