package vn.partydev.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.partydev.local.CsvLines;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * One report read in its three formats (JSON, CSV, XLSX), each turned into the same shape — table name → rows of
 * column key → text — so that one expectation, worked out by hand, is checked against all three alike.
 */
final class ReportFigures {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final String report;
    private final Map<String, List<Map<String, String>>> json;
    private final Map<String, List<Map<String, String>>> csv;
    private final Map<String, List<Map<String, Object>>> xlsx;

    ReportFigures(String report, JsonNode jsonReport, byte[] csvBytes, byte[] xlsxBytes) {
        this.report = report;
        this.json = fromJson(jsonReport);
        this.csv = fromCsv(jsonReport, csvBytes);
        this.xlsx = fromXlsx(jsonReport, xlsxBytes);
    }

    /**
     * Asserts that {@code table} holds exactly {@code expected} (in any order), each row given as column key → text
     * ("" for no value); only the columns named are compared.
     */
    void assertRows(String table, List<Map<String, String>> expected) {
        assertRows(table, expected, true);
    }

    /** As {@link #assertRows(String, List)}, but the table may hold other rows too (each expected row must be there). */
    void assertContains(String table, List<Map<String, String>> expected) {
        assertRows(table, expected, false);
    }

    private void assertRows(String table, List<Map<String, String>> expected, boolean exactly) {
        List<Map<String, String>> jsonRows = json.get(table);
        assertNotNull(jsonRows, report + " has no table " + table + "; it has " + json.keySet());
        if (exactly) {
            assertEquals(expected.size(), jsonRows.size(), report + "/" + table + " rows: " + jsonRows);
        }
        for (Map<String, String> row : expected) {
            assertTrue(jsonRows.stream().anyMatch(actual -> matches(row, actual)),
                    report + "/" + table + " (JSON) has no row " + row + "; rows: " + jsonRows);
            assertTrue(csv.get(table).stream().anyMatch(actual -> matches(row, actual)),
                    report + "/" + table + " (CSV) has no row " + row + "; rows: " + csv.get(table));
            assertTrue(xlsx.get(table).stream().anyMatch(actual -> matchesCells(row, actual)),
                    report + "/" + table + " (XLSX) has no row " + row + "; rows: " + xlsx.get(table));
        }
        assertEquals(jsonRows.size(), csv.get(table).size(), report + "/" + table + ": CSV rows");
        assertEquals(jsonRows.size(), xlsx.get(table).size(), report + "/" + table + ": XLSX rows");
    }

    /** One row as column key → text, from alternating keys and values. */
    static Map<String, String> row(String... keysAndValues) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

    private static boolean matches(Map<String, String> expected, Map<String, String> actual) {
        return expected.entrySet().stream().allMatch(cell -> same(cell.getValue(), actual.get(cell.getKey())));
    }

    /** Equal text, or equal numbers however written (JSON may give 50 where CSV gives 50.00). */
    private static boolean same(String expected, String actual) {
        if (Objects.equals(expected, actual)) {
            return true;
        }
        if (expected == null || actual == null || !NUMBER.matcher(expected).matches() || !NUMBER.matcher(actual).matches()) {
            return false;
        }
        return new BigDecimal(expected).compareTo(new BigDecimal(actual)) == 0;
    }

    /** XLSX keeps counts and percentages as numbers: compared as numbers, text as text. */
    private static boolean matchesCells(Map<String, String> expected, Map<String, Object> actual) {
        return expected.entrySet().stream().allMatch(cell -> {
            Object value = actual.get(cell.getKey());
            if (value instanceof Double number) {
                return !cell.getValue().isEmpty() && new BigDecimal(cell.getValue()).compareTo(BigDecimal.valueOf(number)) == 0;
            }
            return Objects.equals(cell.getValue(), value == null ? "" : value);
        });
    }

    private static Map<String, List<Map<String, String>>> fromJson(JsonNode report) {
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        for (JsonNode table : report.path("tables")) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (JsonNode row : table.path("rows")) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (String key : columnKeys(table)) {
                    JsonNode value = row.path(key);
                    cells.put(key, value.isNull() || value.isMissingNode() ? "" : value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asText());
                }
                rows.add(cells);
            }
            tables.put(table.path("name").asText(), rows);
        }
        return tables;
    }

    /** The CSV's sections: a title line "Vietnamese / English", the header line, the rows, an empty line. */
    private static Map<String, List<Map<String, String>>> fromCsv(JsonNode report, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "the CSV starts with a byte-order mark");
        List<List<String>> lines = CsvLines.parse(text.substring(1));
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        for (JsonNode table : report.path("tables")) {
            String title = table.path("titleVi").asText() + " / " + table.path("titleEn").asText();
            int at = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).size() == 1 && lines.get(i).get(0).equals(title)) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                fail("the CSV has no section " + title);
            }
            List<String> keys = columnKeys(table);
            List<Map<String, String>> rows = new ArrayList<>();
            for (int i = at + 2; i < lines.size() && !lines.get(i).isEmpty(); i++) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int c = 0; c < keys.size(); c++) {
                    cells.put(keys.get(c), c < lines.get(i).size() ? lines.get(i).get(c) : "");
                }
                rows.add(cells);
            }
            tables.put(table.path("name").asText(), rows);
        }
        return tables;
    }

    /** One sheet per table, named after it: a header row, then the rows. */
    private static Map<String, List<Map<String, Object>>> fromXlsx(JsonNode report, byte[] bytes) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
            for (JsonNode table : report.path("tables")) {
                Sheet sheet = workbook.getSheet(table.path("name").asText());
                assertNotNull(sheet, "the workbook has no sheet " + table.path("name").asText());
                List<String> keys = columnKeys(table);
                List<Map<String, Object>> rows = new ArrayList<>();
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    Map<String, Object> cells = new LinkedHashMap<>();
                    for (int c = 0; c < keys.size(); c++) {
                        Cell cell = row == null ? null : row.getCell(c);
                        cells.put(keys.get(c), cell == null || cell.getCellType() == CellType.BLANK ? null
                                : cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue()
                                : cell.getCellType() == CellType.BOOLEAN ? Boolean.toString(cell.getBooleanCellValue())
                                : cell.getStringCellValue());
                    }
                    rows.add(cells);
                }
                tables.put(table.path("name").asText(), rows);
            }
            return tables;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> columnKeys(JsonNode table) {
        List<String> keys = new ArrayList<>();
        table.path("columns").forEach(column -> keys.add(column.path("key").asText()));
        return keys;
    }
}
