package vn.partydev.reporting.api;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.partydev.reporting.domain.Report;
import vn.partydev.reporting.domain.ReportTable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * A report as an XLSX workbook written with Apache POI: a first sheet describing the report, then one sheet per
 * table named after it, with bilingual headers on the first row; counts and percentages are numeric cells.
 */
final class ReportXlsx {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String INFO_SHEET = "report";

    private ReportXlsx() {
    }

    static byte[] write(Report report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            Sheet info = workbook.createSheet(INFO_SHEET);
            int line = 0;
            line = pair(info, line, "Báo cáo / Report", report.report());
            line = pair(info, line, "Tổ chức / Organisation", report.orgCode() + " " + report.orgName());
            line = pair(info, line, "Mã tổ chức / Organisation id", report.orgId().toString());
            line = pair(info, line, "Kỳ báo cáo / Period", report.period() + " (" + report.from() + " – " + report.to() + ")");
            line = pair(info, line, "Số liệu tính đến / As of", report.asOf() == null ? "" : report.asOf().toString());
            for (String warning : report.warnings()) {
                line = pair(info, line, "Lưu ý / Warning", warning);
            }
            for (ReportTable table : report.tables()) {
                Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
                Row header = sheet.createRow(0);
                for (int c = 0; c < table.columns().size(); c++) {
                    header.createCell(c).setCellValue(table.columns().get(c).header());
                }
                int r = 1;
                for (var values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < table.columns().size(); c++) {
                        Object value = values.get(table.columns().get(c).key());
                        var cell = row.createCell(c);
                        if (value instanceof BigDecimal decimal) {
                            cell.setCellValue(decimal.doubleValue());
                            cell.setCellStyle(percent);
                        } else if (value instanceof Number number) {
                            cell.setCellValue(number.doubleValue());
                        } else if (value instanceof Boolean flag) {
                            cell.setCellValue(flag);
                        } else if (value != null) {
                            cell.setCellValue(value.toString());
                        }
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int pair(Sheet sheet, int line, String label, String value) {
        Row row = sheet.createRow(line);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
        return line + 1;
    }
}
