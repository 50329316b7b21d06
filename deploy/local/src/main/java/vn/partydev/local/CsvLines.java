package vn.partydev.local;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV text back into lines of cells (RFC 4180: quoted cells may hold commas, doubled quotes and line breaks), for
 * tests that compare a CSV export with the JSON it was made from. An empty line is an empty list.
 */
public final class CsvLines {

    private CsvLines() {
    }

    public static List<List<String>> parse(String csv) {
        List<List<String>> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
                any = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (ch == '\r') {
                continue;
            } else if (ch == '\n') {
                if (any || cell.length() > 0) {
                    cells.add(cell.toString());
                }
                lines.add(cells);
                cells = new ArrayList<>();
                cell.setLength(0);
                any = false;
            } else {
                cell.append(ch);
                any = true;
            }
        }
        return lines;
    }
}
