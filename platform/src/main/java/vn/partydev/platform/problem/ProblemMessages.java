package vn.partydev.platform.problem;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeSet;

/**
 * The message bundle of problem codes ({@code problem/ProblemMessages.properties}, {@code _vi}): for each code
 * (a rule id such as {@code R-VOTE-1} or a constant such as {@code STEP_OUT_OF_ORDER}) what it means, in English and
 * Vietnamese; and for some codes detail sentences with the request's numbers ({@code R-VOTE-1.too-few-yes}), named by
 * the thrower with {@link ProblemException#in(String, Object...)}. The codes are published in every OpenAPI
 * description so that a client can map them itself.
 */
public final class ProblemMessages {

    private static final String BUNDLE = "vn.partydev.platform.problem.ProblemMessages";
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
    private static final ResourceBundle VIETNAMESE = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("vi"),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private ProblemMessages() {
    }

    /**
     * The detail in the language asked for: English is the thrower's sentence; Vietnamese is the bundle's sentence for
     * the thrower's variant filled with its arguments, else the bundle's meaning of the code, else the kind's title.
     */
    static String detail(ProblemType type, String code, String englishDetail, ProblemMessage message, ProblemLanguage language) {
        if (language == ProblemLanguage.ENGLISH) {
            return englishDetail;
        }
        String variant = vietnameseVariant(code, message);
        if (variant != null) {
            return variant;
        }
        String meaning = find(VIETNAMESE, code);
        return meaning != null ? meaning : type.title(language);
    }

    /**
     * A sentence outside a problem answer (e.g. a row of an import report) in the language asked for: the bundle's
     * sentence for the thrower's variant in Vietnamese, the English sentence otherwise (and when no variant is named).
     */
    public static String sentence(String code, String englishSentence, ProblemMessage message, ProblemLanguage language) {
        String variant = language == ProblemLanguage.VIETNAMESE ? vietnameseVariant(code, message) : null;
        return variant != null ? variant : englishSentence;
    }

    private static String vietnameseVariant(String code, ProblemMessage message) {
        String template = message == null || code == null ? null : find(VIETNAMESE, code + "." + message.variant());
        return template == null ? null : new MessageFormat(template, Locale.ROOT).format(message.arguments().toArray());
    }

    /** code → its meaning in English, for every code of the bundle (detail variants left out), in code order. */
    public static Map<String, String> catalogue() {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String key : new TreeSet<>(Collections.list(ENGLISH.getKeys()))) {
            if (!key.contains(".")) {
                codes.put(key, ENGLISH.getString(key));
            }
        }
        return codes;
    }

    /** Every key of the English bundle, and every key of the Vietnamese one: the same when both are complete. */
    static List<List<String>> keys() {
        return List.of(new TreeSet<>(Collections.list(ENGLISH.getKeys())).stream().toList(),
                new TreeSet<>(VIETNAMESE.keySet()).stream().toList());
    }

    /** The English text of a bundle key (a code or a detail sentence), or null. */
    static String english(String key) {
        return find(ENGLISH, key);
    }

    /** The Vietnamese text of a bundle key, or null. */
    static String vietnamese(String key) {
        return find(VIETNAMESE, key);
    }

    private static String find(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
