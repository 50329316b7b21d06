package vn.partydev.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.partydev.platform.problem.Problem;
import vn.partydev.platform.problem.ProblemLanguage;
import vn.partydev.platform.problem.ProblemResponses;
import vn.partydev.platform.problem.ProblemType;

import java.util.List;
import java.util.Optional;

/**
 * Answers a request whose declared body is larger than {@code quarkus.http.limits.max-body-size} with a 413 problem,
 * before the body is read (Vert.x itself would close with an empty 413).
 */
@ApplicationScoped
public class BodySizeLimit {

    // the limit is Quarkus's own property, read here as it is (not a PartyDev setting)
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    void install(@Observes Router router) {
        maxBodySize.ifPresent(limit -> router.route().order(Integer.MIN_VALUE + 10)
                .handler(context -> refuseOversize(context, limit.asLongValue())));
    }

    private static void refuseOversize(RoutingContext context, long limit) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long length;
        try {
            length = declared == null ? -1 : Long.parseLong(declared.trim());
        } catch (NumberFormatException malformed) {
            length = -1;
        }
        if (length <= limit) {
            context.next();
            return;
        }
        ProblemLanguage language = "vi".equalsIgnoreCase(primaryLanguage(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)))
                ? ProblemLanguage.VIETNAMESE : ProblemLanguage.ENGLISH;
        ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
        Problem problem = new Problem(type.uri(), type.title(language), type.status(),
                "the request body has " + length + " bytes; at most " + limit + " are accepted",
                type.defaultCode(), context.request().path(), List.of());
        context.response()
                .setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(ProblemResponses.json(problem));
    }

    private static String primaryLanguage(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return "en";
        }
        String first = acceptLanguage.split(",")[0].split(";")[0].trim();
        return first.split("-")[0];
    }
}
