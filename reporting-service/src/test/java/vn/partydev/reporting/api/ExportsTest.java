package vn.partydev.reporting.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.partydev.local.CsvLines;
import vn.partydev.local.TestTokens;
import vn.partydev.reporting.OnTheDataset;
import vn.partydev.reporting.ReportingDataset;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partydev.reporting.ReportingDataset.P1;
import static vn.partydev.reporting.ReportingDataset.P2;

/** CSV and XLSX carry the same tables and numbers as JSON, with Vietnamese and English headers. */
@QuarkusTest
class ExportsTest extends OnTheDataset {

    @ParameterizedTest
    @ValueSource(strings = {"achievement", "new-members", "funnel", "training", "coverage", "overdue", "compliance", "forecast"})
    void csvAndXlsxEqualJson(String report) throws Exception {
        Map<String, Object> query = new HashMap<>(Map.of("orgId", report.equals("coverage") || report.equals("overdue") ? P2 : P1));
        if (!report.equals("coverage") && !report.equals("overdue")) {
            query.put("period", "2026");
        }
        JsonNode json = ReportClient.report("organiser", ReportingDataset.ROOT, report, query);
        assertTrue(json.get("tables").size() > 0);

        byte[] csv = given().header("Authorization", TestTokens.bearer("organiser", ReportingDataset.ROOT)).header("Accept", "text/csv")
                .queryParams(query).get("/api/v1/reports/" + report).then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .extract().asByteArray();
        assertCsvEqualsJson(json, new String(csv, StandardCharsets.UTF_8));

        query.put("format", "xlsx");
        byte[] xlsx = given().header("Authorization", TestTokens.bearer("organiser", ReportingDataset.ROOT)).queryParams(query)
                .get("/api/v1/reports/" + report).then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").extract().asByteArray();
        assertXlsxEqualsJson(json, xlsx);
    }

    private static void assertCsvEqualsJson(JsonNode json, String csv) {
        assertTrue(csv.startsWith("\uFEFF"), "byte-order mark for spreadsheet programs");
        List<List<String>> lines = CsvLines.parse(csv.substring(1));
        int line = 0;
        while (!lines.get(line).isEmpty()) {
            line++;
        }
        for (JsonNode table : json.get("tables")) {
            assertTrue(lines.get(line).isEmpty(), "empty line before " + table.get("name"));
            assertEquals(List.of(table.get("titleVi").asText() + " / " + table.get("titleEn").asText()), lines.get(line + 1));
            List<String> headers = new ArrayList<>();
            table.get("columns").forEach(column -> headers.add(column.get("vi").asText() + " / " + column.get("en").asText()));
            assertEquals(headers, lines.get(line + 2));
            line += 3;
            for (JsonNode row : table.get("rows")) {
                List<String> expected = new ArrayList<>();
                table.get("columns").forEach(column -> expected.add(text(row.get(column.get("key").asText()))));
                assertEquals(expected, lines.get(line++), "row of " + table.get("name"));
            }
        }
        assertEquals(lines.size(), line, "no more lines than the tables");
    }

    private static void assertXlsxEqualsJson(JsonNode json, byte[] xlsx) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(json.get("tables").size() + 1, workbook.getNumberOfSheets());
            assertEquals(json.get("report").asText(), workbook.getSheet("report").getRow(0).getCell(1).getStringCellValue());
            for (JsonNode table : json.get("tables")) {
                Sheet sheet = workbook.getSheet(table.get("name").asText());
                assertNotNull(sheet, "sheet " + table.get("name"));
                List<JsonNode> columns = new ArrayList<>();
                table.get("columns").forEach(columns::add);
                Row header = sheet.getRow(0);
                for (int c = 0; c < columns.size(); c++) {
                    assertEquals(columns.get(c).get("vi").asText() + " / " + columns.get(c).get("en").asText(), header.getCell(c).getStringCellValue());
                }
                int r = 1;
                for (JsonNode row : table.get("rows")) {
                    Row cells = sheet.getRow(r++);
                    for (int c = 0; c < columns.size(); c++) {
                        JsonNode value = row.get(columns.get(c).get("key").asText());
                        assertCell(value, cells.getCell(c), table.get("name").asText() + "[" + r + "]." + columns.get(c).get("key").asText());
                    }
                }
                assertEquals(table.get("rows").size(), sheet.getLastRowNum(), "rows of " + table.get("name"));
            }
        }
    }

    private static void assertCell(JsonNode value, Cell cell, String where) {
        if (value == null || value.isNull()) {
            assertTrue(cell == null || cell.getCellType() == CellType.BLANK, where + " should be blank");
        } else if (value.isNumber()) {
            assertEquals(CellType.NUMERIC, cell.getCellType(), where);
            assertEquals(0, value.decimalValue().compareTo(BigDecimal.valueOf(cell.getNumericCellValue())), where);
        } else if (value.isBoolean()) {
            assertEquals(value.booleanValue(), cell.getBooleanCellValue(), where);
        } else {
            assertEquals(value.asText(), cell.getStringCellValue(), where);
        }
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        // text that a spreadsheet would read as a formula carries a leading apostrophe (ReportCsvTest); numbers never do
        return value.isNumber() ? value.decimalValue().toPlainString() : ReportCsv.safeText(value.asText());
    }
}
