package vn.partydev.reporting.api;

import vn.partydev.reporting.domain.Column;
import vn.partydev.reporting.domain.Report;
import vn.partydev.reporting.domain.ReportTable;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A report as CSV (UTF-8 with a byte-order mark, so spreadsheet programs show Vietnamese correctly): a header
 * section (report, organisation, period, asOf), then one section per table — its title, the bilingual column
 * headers, the rows — separated by empty lines.
 */
final class ReportCsv {

    static final String MEDIA_TYPE = "text/csv";

    private ReportCsv() {
    }

    static byte[] write(Report report) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, List.of("Báo cáo / Report", report.report()));
        line(csv, List.of("Tổ chức / Organisation", report.orgCode() + " " + report.orgName()));
        line(csv, List.of("Mã tổ chức / Organisation id", report.orgId().toString()));
        line(csv, List.of("Kỳ báo cáo / Period", report.period() + " (" + report.from() + " – " + report.to() + ")"));
        line(csv, List.of("Số liệu tính đến / As of", report.asOf() == null ? "" : report.asOf().toString()));
        for (String warning : report.warnings()) {
            line(csv, List.of("Lưu ý / Warning", warning));
        }
        for (ReportTable table : report.tables()) {
            csv.append("\r\n");
            line(csv, List.of(table.titleVi() + " / " + table.titleEn()));
            line(csv, table.columns().stream().map(Column::header).toList());
            for (var row : table.rows()) {
                line(csv, table.columns().stream().map(column -> text(row.get(column.key()))).toList());
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** How a value is written in CSV (and compared with JSON in tests). */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(ReportCsv::quote).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
