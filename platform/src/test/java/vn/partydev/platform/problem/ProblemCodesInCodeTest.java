package vn.partydev.platform.problem;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every problem code the platform and the four services throw — each rule id ({@code "R-VOTE-1"}) and each code
 * given to a problem ({@code new Conflict("STEP_OUT_OF_ORDER", …)}, literally or through a constant) — has its
 * meaning in English and in Vietnamese in the message bundle, so {@code Accept-Language: vi} never falls back to a
 * bare title, and the catalogue published in every OpenAPI description lists it. Scans the main sources.
 */
class ProblemCodesInCodeTest {

    private static final List<String> MODULES = List.of("platform", "candidate-service", "training-service",
            "admission-service", "reporting-service");
    private static final Pattern RULE_ID = Pattern.compile("\"(R-[A-Z]+-\\d+)\"");
    private static final Pattern THROWN_CODE = Pattern.compile(
            "new (?:RuleViolation|Conflict|BadRequest|Forbidden)\\(\\s*(?:\"([A-Z][A-Z0-9_-]+)\"|(?:([A-Z][A-Za-z]+)\\.)?([A-Z][A-Z0-9_]+))\\s*,");

    @Test
    void everyCodeThrownInCodeHasAnEnglishAndAVietnameseMeaning() {
        Map<String, String> codes = codesInCode();
        assertTrue(codes.size() > 60, "the scan finds the services' codes: " + codes.keySet());
        assertTrue(codes.containsKey("R-VOTE-1") && codes.containsKey("R-CERT-1") && codes.containsKey("STEP_OUT_OF_ORDER"));
        List<String> keys = ProblemMessages.keys().get(0);
        List<String> vietnameseKeys = ProblemMessages.keys().get(1);
        List<String> missing = new ArrayList<>();
        codes.forEach((code, where) -> {
            if (!keys.contains(code) || !vietnameseKeys.contains(code)) {
                missing.add(code + " (" + where + ")");
            }
        });
        assertEquals(List.of(), missing, "codes without a meaning in ProblemMessages.properties and ProblemMessages_vi.properties");
    }

    @Test
    void everyProblemKindsDefaultCodeHasAMeaning() {
        List<String> keys = ProblemMessages.keys().get(1);
        List<String> missing = Stream.of(ProblemType.values()).map(ProblemType::defaultCode).filter(code -> !keys.contains(code)).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void theVietnameseSentencesCarryTheSameNumbersAsTheEnglishOnes() {
        List<String> differing = new ArrayList<>();
        for (String key : ProblemMessages.keys().get(0)) {
            Set<String> english = numbers(ProblemMessages.english(key));
            Set<String> vietnamese = numbers(String.valueOf(ProblemMessages.vietnamese(key)));
            if (!english.equals(vietnamese)) {
                differing.add(key + ": " + english + " ≠ " + vietnamese);
            }
        }
        assertEquals(List.of(), differing, "a rule's numbers (two thirds, 60 months, 12 months …) and placeholders in both languages");
    }

    /**
     * Every detail sentence a thrower names ({@code .in("too-few-yes", …)}, or {@code ProblemMessage.of(…)} for an
     * import row) is in both bundles — under the thrown code when the statement throws one, else under some code — and
     * every sentence of the bundles is named somewhere: a misspelt variant would fall back to the code's general meaning.
     */
    @Test
    void everyDetailSentenceNamedInCodeIsInBothBundlesAndEverySentenceIsNamed() {
        List<String> keys = ProblemMessages.keys().get(0);
        List<String> vietnameseKeys = ProblemMessages.keys().get(1);
        Set<String> named = new TreeSet<>();
        List<String> missing = new ArrayList<>();
        Map<String, String> sources = mainSources();
        sources.forEach((file, text) -> {
            Matcher call = Pattern.compile("(?:\\.in|ProblemMessage\\.of)\\(").matcher(text);
            while (call.find()) {
                List<String> variants = literals(firstArgument(text, call.end()));
                if (variants.isEmpty()) {
                    continue;
                }
                String statement = text.substring(Math.max(text.lastIndexOf(';', call.start()), Math.max(text.lastIndexOf('{', call.start()),
                        text.lastIndexOf('}', call.start()))) + 1, call.start());
                Optional<String> code = thrownCode(sources, file, statement);
                for (String variant : variants) {
                    named.add(variant);
                    boolean found = code.map(c -> keys.contains(c + "." + variant) && vietnameseKeys.contains(c + "." + variant))
                            .orElseGet(() -> keys.stream().anyMatch(k -> k.endsWith("." + variant)
                                    && vietnameseKeys.contains(k)));
                    if (!found) {
                        missing.add(code.orElse("?") + "." + variant + " (" + file + ")");
                    }
                }
            }
        });
        assertEquals(List.of(), missing, "detail sentences named in code, without their key in both bundles");
        assertTrue(named.size() > 30, "the scan finds the variants: " + named);
        List<String> unnamed = keys.stream().filter(key -> key.contains(".") && !named.contains(key.substring(key.indexOf('.') + 1))).toList();
        assertEquals(List.of(), unnamed, "sentences of the bundle no thrower names");
    }

    private static Optional<String> thrownCode(Map<String, String> sources, String file, String statement) {
        Matcher thrown = THROWN_CODE.matcher(statement);
        if (!thrown.find()) {
            return Optional.empty();
        }
        return thrown.group(1) != null ? Optional.of(thrown.group(1)) : constant(sources, file, thrown.group(2), thrown.group(3));
    }

    /** The text of a call's first argument, from {@code start} to its comma or closing parenthesis. */
    private static String firstArgument(String text, int start) {
        int depth = 0;
        boolean quoted = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '(') {
                depth++;
            } else if ((c == ')' && depth-- == 0) || (c == ',' && depth == 0)) {
                return text.substring(start, i);
            }
        }
        return text.substring(start);
    }

    private static List<String> literals(String code) {
        List<String> found = new ArrayList<>();
        Matcher literal = Pattern.compile("\"([^\"]*)\"").matcher(code);
        while (literal.find()) {
            found.add(literal.group(1));
        }
        return found;
    }

    /** Numbers and {n} placeholders in a sentence: digits, with "two thirds" counted as 2/3 in both languages. */
    private static Set<String> numbers(String sentence) {
        String normalised = sentence.toLowerCase(java.util.Locale.ROOT)
                .replace("two thirds", "2/3").replace("two-thirds", "2/3").replace("hai phần ba", "2/3");
        Set<String> found = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{\\d+}|\\d+(?:/\\d+)?").matcher(normalised);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    /** code → the first file that throws it. */
    static Map<String, String> codesInCode() {
        Map<String, String> sources = mainSources();
        Map<String, String> codes = new TreeMap<>();
        sources.forEach((file, text) -> {
            Matcher rule = RULE_ID.matcher(text);
            while (rule.find()) {
                codes.putIfAbsent(rule.group(1), file);
            }
            Matcher thrown = THROWN_CODE.matcher(text);
            while (thrown.find()) {
                if (thrown.group(1) != null) {
                    codes.putIfAbsent(thrown.group(1), file);
                } else {
                    String owner = thrown.group(2);
                    constant(sources, file, owner, thrown.group(3)).ifPresent(code -> codes.putIfAbsent(code, file));
                }
            }
        });
        return codes;
    }

    /** file → text of every main Java source of the platform and the four services. */
    private static Map<String, String> mainSources() {
        Map<String, String> sources = new TreeMap<>();
        Path root = Path.of("").toAbsolutePath().getParent();
        for (String module : MODULES) {
            Path main = root.resolve(module).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(main)) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(file -> sources.put(root.relativize(file).toString(), read(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    // the constant's value: in the class named before it, else in the throwing file, else in any file
    private static Optional<String> constant(Map<String, String> sources, String file, String owner, String name) {
        if ("ProblemType".equals(owner)) {
            return Optional.empty();
        }
        Pattern declaration = Pattern.compile("\\b" + name + "\\s*=\\s*\"([A-Z][A-Z0-9_-]+)\"");
        List<String> where = new ArrayList<>();
        if (owner != null) {
            sources.keySet().stream().filter(path -> path.endsWith("/" + owner + ".java")).forEach(where::add);
        }
        where.add(file);
        where.addAll(sources.keySet());
        for (String path : where) {
            Matcher matcher = declaration.matcher(sources.get(path));
            if (matcher.find()) {
                return Optional.of(matcher.group(1));
            }
        }
        throw new AssertionError(file + " throws a problem with " + name + ", whose value the scan cannot find");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
