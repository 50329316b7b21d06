package vn.partydev.training.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The number printed on a certificate (số giấy chứng nhận): {@code <issuer code>/<year>/<sequence>}, e.g.
 * {@code TTCT-Q1/2026/000042} — unique per issuer and year, the sequence restarting at 1 each year. The issuer code
 * is the organisation's code reduced to {@code A-Z 0-9 - .} (at most 36 characters) so that the number is also a safe
 * URL path and fits the event's 50 characters.
 */
public final class CertificateNumber {

    /** A well-formed number; path segments of the verification URL follow this shape. */
    public static final Pattern FORMAT = Pattern.compile("[A-Z0-9.-]{1,36}/\\d{4}/\\d{6,7}");

    /** Keeps a whole number within the 50 characters the CertificateIssued event allows (36 + 1 + 4 + 1 + 7). */
    static final int MAX_ISSUER_LENGTH = 36;

    private static final Pattern UNSAFE = Pattern.compile("[^A-Z0-9.-]+");

    private CertificateNumber() {
    }

    public static String of(String issuerCode, int year, int sequence) {
        if (sequence <= 0) {
            throw new IllegalArgumentException("sequences start at 1");
        }
        return "%s/%04d/%06d".formatted(issuerSegment(issuerCode), year, sequence);
    }

    /** The organisation code as it appears in a number: upper case, runs of other characters become one '-'. */
    public static String issuerSegment(String issuerCode) {
        String upper = issuerCode == null ? "" : issuerCode.trim().toUpperCase(Locale.ROOT);
        String safe = UNSAFE.matcher(upper).replaceAll("-").replaceAll("^-+|-+$", "");
        if (safe.isEmpty()) {
            safe = "ORG";
        }
        return safe.length() > MAX_ISSUER_LENGTH ? safe.substring(0, MAX_ISSUER_LENGTH) : safe;
    }

    public static boolean isWellFormed(String number) {
        return number != null && FORMAT.matcher(number).matches();
    }
}
