package vn.partydev.platform.problem;

import jakarta.ws.rs.core.HttpHeaders;

import java.util.List;
import java.util.Locale;

/** The language of problem titles: Vietnamese when the caller prefers it ({@code Accept-Language: vi}), else English. */
public enum ProblemLanguage {
    ENGLISH("en"), VIETNAMESE("vi");

    private final String tag;

    ProblemLanguage(String tag) {
        this.tag = tag;
    }

    /** The value of the {@code Content-Language} header. */
    public String tag() {
        return tag;
    }

    public static ProblemLanguage of(HttpHeaders headers) {
        if (headers == null) {
            return ENGLISH;
        }
        List<Locale> acceptable;
        try {
            acceptable = headers.getAcceptableLanguages();
        } catch (RuntimeException malformedHeader) {
            return ENGLISH;
        }
        for (Locale locale : acceptable) {
            if ("vi".equalsIgnoreCase(locale.getLanguage())) {
                return VIETNAMESE;
            }
            if ("en".equalsIgnoreCase(locale.getLanguage())) {
                return ENGLISH;
            }
        }
        return ENGLISH;
    }
}
