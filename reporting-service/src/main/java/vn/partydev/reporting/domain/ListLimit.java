package vn.partydev.reporting.domain;

import java.util.Map;

/**
 * How many rows a report's lists (coverage's areas and cells, overdue items) carry at most: {@code limit}, default
 * {@value #DEFAULT}. Counts are always complete; a list cut short says so in the report's warnings, with its total.
 */
public record ListLimit(int rows) {

    public static final int DEFAULT = 1_000;
    public static final int MAX = 1_000_000;

    /** From the report options ({@code limit}); a bad value is an {@link InvalidParameter}. */
    public static ListLimit of(Map<String, String> options) {
        String value = options.get("limit");
        if (value == null) {
            return new ListLimit(DEFAULT);
        }
        try {
            int rows = Integer.parseInt(value.trim());
            if (rows >= 1 && rows <= MAX) {
                return new ListLimit(rows);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidParameter("limit", "limit must be a whole number from 1 to " + MAX + ", was '" + value + "'");
    }

    /** The warning for a list of {@code total} rows of which {@code shown} are in the report, or null when it is complete. */
    public String warning(String table, long total, long shown) {
        if (shown >= total) {
            return null;
        }
        return "list " + table + " shows the first " + shown + " of " + total + " rows (limit=" + rows
                + "); the counts are complete; ask with a larger limit (up to " + MAX + ") for the whole list";
    }
}
