package vn.partydev.candidate.domain;

import java.text.Normalizer;
import java.util.Optional;

/**
 * A person's full name as stored: NFC-normalised (so a name typed with combining marks matches the same name typed
 * with precomposed letters), trimmed, inner runs of spaces collapsed; 2 to 100 characters of Latin-script letters
 * (Vietnamese included), spaces and apostrophes.
 */
public final class PersonName {

    public static final int MINIMUM_LENGTH = 2;
    public static final int MAXIMUM_LENGTH = 100;

    private PersonName() {
    }

    /** The stored form of {@code raw}: NFC, trimmed, single spaces. */
    public static String normalise(String raw) {
        return Normalizer.normalize(raw, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    /** What is wrong with {@code raw} as a full name, or empty when its normalised form is acceptable. */
    public static Optional<String> problem(String raw) {
        if (raw == null) {
            return Optional.of("is required");
        }
        // a bound before normalising, so that a 10,000-character value costs nothing more
        if (raw.length() > 4 * MAXIMUM_LENGTH) {
            return Optional.of("must be at most " + MAXIMUM_LENGTH + " characters");
        }
        String name = normalise(raw);
        int length = name.codePointCount(0, name.length());
        if (length < MINIMUM_LENGTH || length > MAXIMUM_LENGTH) {
            return Optional.of("must be " + MINIMUM_LENGTH + " to " + MAXIMUM_LENGTH + " characters, has " + length);
        }
        Optional<String> bad = name.codePoints().filter(c -> !isAllowed(c)).boxed().findFirst()
                .map(c -> "may contain only letters, spaces and apostrophes, not U+" + String.format("%04X", c));
        return bad;
    }

    private static boolean isAllowed(int codePoint) {
        return codePoint == ' ' || codePoint == '\'' || codePoint == '\u2019'
                || (Character.isLetter(codePoint) && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN);
    }
}
