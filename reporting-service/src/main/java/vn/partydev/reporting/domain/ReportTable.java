package vn.partydev.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One table of a report: the same columns and values are rendered as JSON, CSV (one section) and XLSX
 * (one sheet), so the three formats always carry the same numbers.
 */
@Schema(description = "A table of a report")
public record ReportTable(
        @Schema(description = "Stable name of the table", example = "by-organisation") String name,
        @Schema(description = "Vietnamese title", example = "Theo tổ chức") String titleVi,
        @Schema(description = "English title", example = "By organisation") String titleEn,
        @Schema(description = "The columns, in order") List<Column> columns,
        @Schema(description = "The rows: column key → value (number, text or null)") List<Map<String, Object>> rows) {

    /** Starts a table with the given columns. */
    public static Builder named(String name, String titleVi, String titleEn, Column... columns) {
        return new Builder(name, titleVi, titleEn, List.of(columns));
    }

    /** Collects rows in column order. */
    public static final class Builder {
        private final String name;
        private final String titleVi;
        private final String titleEn;
        private final List<Column> columns;
        private final List<Map<String, Object>> rows = new ArrayList<>();

        private Builder(String name, String titleVi, String titleEn, List<Column> columns) {
            this.name = name;
            this.titleVi = titleVi;
            this.titleEn = titleEn;
            this.columns = columns;
        }

        /** Adds a row; values in the order of the columns. */
        public Builder row(Object... values) {
            if (values.length != columns.size()) {
                throw new IllegalArgumentException("table " + name + " has " + columns.size() + " columns, row has " + values.length
                        + ": " + Arrays.toString(values));
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < values.length; i++) {
                row.put(columns.get(i).key(), values[i]);
            }
            rows.add(row);
            return this;
        }

        /** The table's stable name. */
        public String name() {
            return name;
        }

        public ReportTable build() {
            return new ReportTable(name, titleVi, titleEn, columns, List.copyOf(rows));
        }
    }
}
