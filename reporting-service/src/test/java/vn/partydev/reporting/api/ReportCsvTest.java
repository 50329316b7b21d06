package vn.partydev.reporting.api;

import org.junit.jupiter.api.Test;
import vn.partydev.reporting.domain.Column;
import vn.partydev.reporting.domain.Report;
import vn.partydev.reporting.domain.ReportTable;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CSV exports cannot carry a formula into a spreadsheet: text starting with =, +, -, @, a tab or a carriage return is
 * written with a leading apostrophe, wherever it appears; numbers, negative ones included, stay numbers.
 */
class ReportCsvTest {

    private static final UUID ORG = UUID.fromString("00000000-0000-0000-0000-000000000042");

    @Test
    void textThatWouldBeAFormulaIsNeutralisedAndNumbersStayNumbers() {
        ReportTable table = ReportTable.named("t", "Bảng", "Table",
                        new Column("name", "Tên", "Name"), new Column("count", "Số", "Count"), new Column("percent", "%", "%"))
                .row("=HYPERLINK(\"http://x\",\"y\")", -3L, new BigDecimal("-12.50"))
                .row("+84 912", 0, BigDecimal.ZERO)
                .row("-Xã Một", -7, null)
                .row("@SUM(A1)", 1, new BigDecimal("5.00"))
                .row("\tTab", 2, null)
                .row("\rReturn", 3, null)
                .row("Chi bộ = 1 - 2", 4, null)
                .row("2026-03-01", 5, null)
                .build();
        String csv = csv(new Report("coverage", ORG, "=CODE", "Tổ chức", "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                null, null, List.of("-a warning"), List.of(table)));

        assertTrue(csv.contains("\r\nTổ chức / Organisation,'=CODE Tổ chức\r\n"), csv);
        assertTrue(csv.contains("\r\nLưu ý / Warning,'-a warning\r\n"), csv);
        assertTrue(csv.contains("\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-3,-12.50\r\n"), csv);
        assertTrue(csv.contains("\r\n'+84 912,0,0\r\n"), csv);
        assertTrue(csv.contains("\r\n'-Xã Một,-7,\r\n"), csv);
        assertTrue(csv.contains("\r\n'@SUM(A1),1,5.00\r\n"), csv);
        assertTrue(csv.contains("\r\n'\tTab,2,\r\n"), csv);
        assertTrue(csv.contains("\r\n\"'\rReturn\",3,\r\n"), csv);
        // only the first character matters, and dates are not formulas
        assertTrue(csv.contains("\r\nChi bộ = 1 - 2,4,\r\n"), csv);
        assertTrue(csv.contains("\r\n2026-03-01,5,\r\n"), csv);
    }

    @Test
    void safeTextLeavesOrdinaryTextAlone() {
        assertEquals("Tỉnh Một", ReportCsv.safeText("Tỉnh Một"));
        assertEquals("", ReportCsv.safeText(""));
        assertEquals("'-", ReportCsv.safeText("-"));
        assertEquals("-5", ReportCsv.text(-5L));
        assertEquals("-0.75", ReportCsv.text(new BigDecimal("-0.75")));
        assertEquals("'-5", ReportCsv.text("-5"));
    }

    private static String csv(Report report) {
        return new String(ReportCsv.write(report), StandardCharsets.UTF_8);
    }
}
