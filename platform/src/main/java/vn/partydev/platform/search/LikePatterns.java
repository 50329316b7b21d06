package vn.partydev.platform.search;

/**
 * Patterns for SQL {@code LIKE} built from a user's text, the same in every service: {@code \}, {@code %} and
 * {@code _} are escaped with PostgreSQL's default escape character {@code \}, so "10%" finds the text "10%", not
 * every text starting with "10", and a trailing backslash cannot escape the pattern's own wildcard.
 */
public final class LikePatterns {

    /**
     * To put after {@code like :pattern} in HQL: Hibernate 7 renders a {@code like} without one as
     * {@code like ? escape ''} on PostgreSQL (no escape character at all), which would take the escapes literally.
     * Native SQL on PostgreSQL has {@code \} as its default escape.
     */
    public static final String HQL_ESCAPE = " escape '\\'";

    private LikePatterns() {
    }

    /** The text with {@code \}, {@code %} and {@code _} escaped, matching itself literally. */
    public static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** {@code prefix%}: everything that starts with {@code prefix} (e.g. an organisation path and its subtree). */
    public static String startingWith(String prefix) {
        return literal(prefix) + "%";
    }

    /**
     * {@code %q%} for a name search column: {@code q} normalised as the column is ({@link VietnameseText#normalise})
     * and escaped; null when {@code q} is null or blank (no filter).
     */
    public static String containingName(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        return "%" + literal(VietnameseText.normalise(q)) + "%";
    }
}
