package vn.partydev.platform.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.partydev.platform.problem.ProblemLanguage;
import vn.partydev.platform.problem.ProblemType;

import java.util.Map;

/**
 * Refuses, with a problem, what the HTTP layer would otherwise refuse with an empty body or not at all: a request line
 * too long (414), headers too large (431), a body without {@code Content-Type} (415, instead of being read as JSON),
 * and any other 4xx a Vert.x route fails with before JAX-RS sees the request.
 * <p>
 * Vert.x answers requests beyond its own decoder limits before any route runs, with no hook to change the answer:
 * the platform sets those limits ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) well
 * above {@link RequestLimitSettings}, so that every request a client could reasonably send is answered here.
 */
@ApplicationScoped
public class RequestLimits {

    private final RequestLimitSettings settings;

    public RequestLimits(RequestLimitSettings settings) {
        this.settings = settings;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 5)
                .handler(this::check)
                .failureHandler(RequestLimits::answerClientError);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        int requestLine = request.method().name().length() + 1 + request.uri().length() + " HTTP/1.1".length();
        if (requestLine > settings.maxRequestLine()) {
            RouteProblems.refuse(context, ProblemType.URI_TOO_LONG, "the request line has " + requestLine
                    + " characters; at most " + settings.maxRequestLine() + " are accepted");
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > settings.maxHeaderBytes()) {
            RouteProblems.refuse(context, ProblemType.HEADERS_TOO_LARGE, "the request headers have " + headerBytes
                    + " bytes; at most " + settings.maxHeaderBytes() + " are accepted");
            return;
        }
        if (hasBody(request) && request.getHeader(HttpHeaders.CONTENT_TYPE) == null) {
            RouteProblems.refuse(context, ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "the request has a body but no Content-Type; send it as application/json");
            return;
        }
        context.next();
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                || (length != null && !length.trim().equals("0"));
    }

    /** A route failed with a client error and nobody answered yet (authentication keeps its own answer and challenge, {@link BodySizeLimit} answers 413). */
    private static void answerClientError(RoutingContext context) {
        int status = context.statusCode();
        if (status >= 400 && status < 500 && status != 401 && status != 403 && status != 413 && !context.response().headWritten()) {
            ProblemType type = ProblemType.forStatus(status);
            RouteProblems.refuse(context, type, type.title(ProblemLanguage.ENGLISH));
        } else {
            context.next();
        }
    }
}
