package vn.partydev.platform.search;

import java.text.Normalizer;
import java.util.Locale;

/** TEMPORARY stand-in for the platform-web contract. */
public final class VietnameseText {
    private VietnameseText() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return plain.replaceAll("\\s+", " ").trim();
    }
}
