package vn.partydev.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.partydev.platform.problem.ProblemType;

import java.util.Optional;

/**
 * Answers a request body larger than {@code quarkus.http.limits.max-body-size} with a 413 problem; left to itself,
 * Quarkus closes the connection with an empty 413.
 * <ul>
 *     <li>A declared length ({@code Content-Length}) is checked before the body is read.</li>
 *     <li>A JSON body sent without a length (chunked) is read here, up to the limit, and handed on whole; JSON is
 *     parsed whole anyway, so this costs no memory the request would not take later. Other chunked bodies (the
 *     streamed CSV imports) are left to Quarkus's own check.</li>
 * </ul>
 */
@ApplicationScoped
public class BodySizeLimit {

    // the limit is Quarkus's own property, read here as it is (not a PartyDev setting)
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    void install(@Observes Router router) {
        maxBodySize.ifPresent(size -> {
            long limit = size.asLongValue();
            BodyHandler chunkedJsonReader = BodyHandler.create(false).setBodyLimit(limit);
            router.route().order(Integer.MIN_VALUE + 10)
                    .handler(context -> {
                        long declared = declaredLength(context.request());
                        if (declared > limit) {
                            refuse(context, "the request body has " + declared + " bytes; at most " + limit + " are accepted");
                        } else if (declared < 0 && isChunkedJson(context.request())) {
                            chunkedJsonReader.handle(context);
                        } else {
                            context.next();
                        }
                    })
                    .failureHandler(context -> {
                        if (context.statusCode() == ProblemType.PAYLOAD_TOO_LARGE.status() && !context.response().headWritten()) {
                            refuse(context, "the request body has more than " + limit + " bytes; at most " + limit + " are accepted");
                        } else {
                            context.next();
                        }
                    });
        });
    }

    private static long declaredLength(HttpServerRequest request) {
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return declared == null ? -1 : Long.parseLong(declared.trim());
        } catch (NumberFormatException malformed) {
            return -1;
        }
    }

    private static boolean isChunkedJson(HttpServerRequest request) {
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                && contentType != null && contentType.split(";")[0].trim().toLowerCase().endsWith("json");
    }

    private static void refuse(RoutingContext context, String detail) {
        RouteProblems.refuse(context, ProblemType.PAYLOAD_TOO_LARGE, detail);
    }
}
