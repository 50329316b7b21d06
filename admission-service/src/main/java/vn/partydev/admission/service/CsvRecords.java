package vn.partydev.admission.service;

import vn.partydev.admission.domain.ImportError;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads RFC 4180 CSV records (comma-separated, fields optionally in double quotes, "" for a quote inside one) from
 * UTF-8 text, one record at a time, counting physical lines so errors can name them. A leading BOM is skipped. A
 * line that is not valid UTF-8 does not stop the reading: {@link #encodingError()} names it for the record.
 */
public final class CsvRecords {

    private final Utf8Lines reader;
    private long line;
    private long recordLine;
    private boolean first = true;
    private ImportError encodingError;

    CsvRecords(Utf8Lines reader) {
        this.reader = reader;
    }

    /** The first line of the last record returned that is not valid UTF-8 text, as a row error. */
    public Optional<ImportError> encodingError() {
        return Optional.ofNullable(encodingError);
    }

    /** The physical line the last record returned started on (1 = the header). */
    public long recordLine() {
        return recordLine;
    }

    /** The next record's fields, or null at the end; blank lines are skipped. */
    public List<String> next() throws IOException {
        String text;
        encodingError = null;
        do {
            text = readLine();
            if (text == null) {
                return null;
            }
            if (first) {
                first = false;
                if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                    text = text.substring(1);
                }
            }
        } while (text.isBlank());
        recordLine = line;
        if (text.indexOf('"') < 0) {
            return splitPlain(text);
        }
        return splitQuoted(text);
    }

    private String readLine() throws IOException {
        String text = reader.readLine();
        if (text == null) {
            return null;
        }
        line++;
        int invalid = reader.invalidByteOffset();
        if (invalid >= 0 && encodingError == null) {
            encodingError = new ImportError(line, null, "is not valid UTF-8 text (byte " + (invalid + 1)
                    + " of the line); save the file with UTF-8 encoding");
        }
        return text;
    }

    private static List<String> splitPlain(String text) {
        List<String> fields = new ArrayList<>(20);
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ',') {
                fields.add(text.substring(start, i).trim());
                start = i + 1;
            }
        }
        fields.add(text.substring(start).trim());
        return fields;
    }

    private List<String> splitQuoted(String firstLine) throws IOException {
        List<String> fields = new ArrayList<>(20);
        StringBuilder field = new StringBuilder();
        String text = firstLine;
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i == text.length()) {
                if (!quoted) {
                    break;
                }
                String more = readLine();
                if (more == null) {
                    break;
                }
                field.append('\n');
                text = more;
                i = 0;
                continue;
            }
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().trim());
        return fields;
    }
}
