package vn.partydev.platform.search;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Accent-insensitive form of Vietnamese text for search: "Nguyễn Văn A" and "nguyen van a" both become
 * {@code nguyen van a}. Search columns store this form (with a pg_trgm index) and queries normalise {@code q} the
 * same way.
 */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    /** NFD, combining marks removed, đ/Đ → d, lower case (locale-independent), runs of white space → one space, trimmed. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String unmarked = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        // đ is a letter of its own, not d with a mark: NFD leaves it alone
        String plain = unmarked.replace('đ', 'd').replace('Đ', 'D').toLowerCase(java.util.Locale.ROOT);
        return SPACES.matcher(plain).replaceAll(" ").trim();
    }
}
