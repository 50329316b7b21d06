package vn.partydev.platform.http;

/**
 * Whether text can be stored and shown: PostgreSQL refuses NUL characters, and an unpaired UTF-16 surrogate is not
 * Unicode text at all (it would be stored as '?' or fail). Both are rejected at the edge, as a 400.
 */
public final class StorableText {

    private StorableText() {
    }

    /** Why {@code text} cannot be accepted, or null when it can. */
    public static String problemIn(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "contains a NUL character";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains an unpaired surrogate (not valid Unicode)";
            }
            if (Character.isLowSurrogate(c)) {
                return "contains an unpaired surrogate (not valid Unicode)";
            }
        }
        return null;
    }
}
