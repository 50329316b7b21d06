package vn.partydev.platform.bulk;

/**
 * PostgreSQL's {@code COPY … FROM STDIN} text format, for bulk loads through PgJDBC's {@code CopyManager}: fields
 * tab-separated, one line per row, {@code \N} for null, booleans as {@code t}/{@code f}, codes by their enum name,
 * and backslash, tab and line breaks escaped in text.
 */
public final class CopyText {

    private CopyText() {
    }

    /** Appends one row: the fields, tab-separated, then a line break. */
    public static StringBuilder line(StringBuilder copy, Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                copy.append('\t');
            }
            field(copy, fields[i]);
        }
        return copy.append('\n');
    }

    /** Appends one field. */
    public static StringBuilder field(StringBuilder copy, Object value) {
        if (value == null) {
            return copy.append("\\N");
        }
        String text = value instanceof Enum<?> code ? code.name() : value instanceof Boolean flag ? (flag ? "t" : "f") : value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> copy.append("\\\\");
                case '\t' -> copy.append("\\t");
                case '\n' -> copy.append("\\n");
                case '\r' -> copy.append("\\r");
                default -> copy.append(c);
            }
        }
        return copy;
    }
}
