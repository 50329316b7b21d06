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
 * <p>
 * No cell can smuggle a formula into a spreadsheet (CSV injection): a text cell starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return — an organisation's name, say — is written with a leading apostrophe
 * ({@code '=SUM(A1)}), which spreadsheet programs show as text. Numbers are written as numbers, a negative one too
 * ({@code -12}: a forecast's shortfall stays a number to add up); only text is neutralised. XLSX needs none of this: its
 * text cells are never read as formulas.
 */
final class ReportCsv {

    static final String MEDIA_TYPE = "text/csv";

    private ReportCsv() {
    }

    static byte[] write(Report report) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        textLine(csv, List.of("Báo cáo / Report", report.report()));
        textLine(csv, List.of("Tổ chức / Organisation", report.orgCode() + " " + report.orgName()));
        textLine(csv, List.of("Mã tổ chức / Organisation id", report.orgId().toString()));
        textLine(csv, List.of("Kỳ báo cáo / Period", report.period() + " (" + report.from() + " – " + report.to() + ")"));
        textLine(csv, List.of("Số liệu tính đến / As of", report.asOf() == null ? "" : report.asOf().toString()));
        for (String warning : report.warnings()) {
            textLine(csv, List.of("Lưu ý / Warning", warning));
        }
        for (ReportTable table : report.tables()) {
            csv.append("\r\n");
            textLine(csv, List.of(table.titleVi() + " / " + table.titleEn()));
            textLine(csv, table.columns().stream().map(Column::header).toList());
            for (var row : table.rows()) {
                line(csv, table.columns().stream().map(column -> text(row.get(column.key()))).toList());
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** How a value is written in CSV (and compared with JSON in tests): numbers as they are, text made safe. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return safeText(value.toString());
    }

    /** Text a spreadsheet would take for a formula, with a leading apostrophe; any other text as it is. */
    static String safeText(String text) {
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(ReportCsv::quote).collect(Collectors.joining(","))).append("\r\n");
    }

    /** A line of text cells (the header block, titles, column headers). */
    private static void textLine(StringBuilder csv, List<String> cells) {
        line(csv, cells.stream().map(ReportCsv::safeText).toList());
    }

    private static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
