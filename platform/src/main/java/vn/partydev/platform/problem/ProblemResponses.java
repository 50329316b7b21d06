package vn.partydev.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Builds {@code application/problem+json} responses. The body is serialised here (not by content negotiation) so
 * that a problem is always answered, even to a client whose {@code Accept} we could not satisfy (406).
 */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemResponses() {
    }

    public static Response of(ProblemException problem, String instance, HttpHeaders headers) {
        Response response = of(problem.type(), problem.code(), problem.detail(), problem.message(), problem.errors(), instance,
                ProblemLanguage.of(headers));
        if (problem instanceof Retryable retryable) {
            return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, retryable.retryAfterSeconds()).build();
        }
        return response;
    }

    public static Response of(ProblemType type, String code, String detail, List<ProblemError> errors, String instance,
                              ProblemLanguage language) {
        return of(type, code, detail, null, errors, instance, language);
    }

    /** The detail in the language asked for (see {@link ProblemMessages#detail}). */
    public static Response of(ProblemType type, String code, String detail, ProblemMessage message, List<ProblemError> errors,
                              String instance, ProblemLanguage language) {
        String stableCode = code == null ? type.defaultCode() : code;
        Problem problem = new Problem(type.uri(), type.title(language), type.status(),
                ProblemMessages.detail(type, stableCode, detail, message, language), stableCode, instance, errors);
        return Response.status(type.status())
                .type(MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .entity(json(problem))
                .build();
    }

    /** The problem body as JSON text, for answers written outside JAX-RS (e.g. by a Vert.x route). */
    public static String json(Problem problem) {
        try {
            return new String(JSON.writeValueAsBytes(problem), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem body cannot be serialised", e);
        }
    }
}
