package vn.partydev.platform.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import vn.partydev.platform.problem.Problem;
import vn.partydev.platform.problem.ProblemLanguage;
import vn.partydev.platform.problem.ProblemResponses;
import vn.partydev.platform.problem.ProblemType;

import java.util.List;

/** Problem answers written by Vert.x routes, for requests refused before they reach JAX-RS (and its mappers). */
final class RouteProblems {

    private RouteProblems() {
    }

    /** Answers the problem and closes the connection (the rest of the request is not read). */
    static void refuse(RoutingContext context, ProblemType type, String detail) {
        ProblemLanguage language = "vi".equalsIgnoreCase(primaryLanguage(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)))
                ? ProblemLanguage.VIETNAMESE : ProblemLanguage.ENGLISH;
        Problem problem = new Problem(type.uri(), type.title(language), type.status(), detail,
                type.defaultCode(), instance(context), List.of());
        context.response()
                .setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(ProblemResponses.json(problem));
    }

    /** The path, unless it is itself the problem (too long to echo). */
    private static String instance(RoutingContext context) {
        String path = context.request().path();
        return path == null || path.length() > 512 ? null : path;
    }

    private static String primaryLanguage(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return "en";
        }
        String first = acceptLanguage.split(",")[0].split(";")[0].trim();
        return first.split("-")[0];
    }
}
