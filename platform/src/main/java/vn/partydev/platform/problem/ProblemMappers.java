package vn.partydev.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.ws.rs.Priorities;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Turns every exception that reaches JAX-RS into an RFC 9457 problem: the caller's mistakes into 4xx problems that
 * say what is wrong, anything else into a 500 problem with an incident id (logged without personal data, no stack
 * trace in the answer).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final long DATABASE_RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response problem(ProblemException problem, UriInfo uri, HttpHeaders headers) {
        return ProblemResponses.of(problem, path(uri), headers);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException exception, UriInfo uri, HttpHeaders headers, ResourceInfo resource) {
        List<ConstraintViolation<?>> violations = List.copyOf(exception.getConstraintViolations());
        if (violations.stream().anyMatch(ViolationErrors::isReturnValue)) {
            return unexpected(exception, headers);
        }
        List<ProblemError> errors = ViolationErrors.of(violations, resource);
        String detail = errors.size() == 1
                ? "1 value is not valid: " + ViolationErrors.describe(errors.get(0))
                : errors.size() + " values are not valid";
        return respond(ProblemType.VALIDATION, null, detail, errors, uri, headers);
    }

    /** Jackson errors the JSON reader passes through as they are (wrong types, unknown fields, bad values). */
    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException exception, UriInfo uri, HttpHeaders headers) {
        return unreadableBody(exception, uri, headers);
    }

    /** Quarkus REST may register a mapper for this subtype itself: the closest type wins, so ours names it too. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response unknownField(com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException exception, UriInfo uri,
                                 HttpHeaders headers) {
        return unreadableBody(exception, uri, headers);
    }

    /** Ahead of quarkus-rest-jackson's own mapper of this type, which answers plain JSON or an empty body. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mismatched(MismatchedInputException exception, UriInfo uri, HttpHeaders headers) {
        return unreadableBody(exception, uri, headers);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException exception, UriInfo uri, HttpHeaders headers) {
        return unauthenticated(uri, headers);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException exception, UriInfo uri, HttpHeaders headers) {
        return unauthenticated(uri, headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemType.FORBIDDEN, null, "your role does not allow this request", List.of(), uri, headers);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException exception, UriInfo uri, HttpHeaders headers, Request request) {
        ProblemException parameter = wrappedProblem(exception);
        if (parameter != null) {
            // a parameter converter (http.StrictParameters) said what is wrong and with which parameter
            return problem(parameter, uri, headers);
        }
        if (exception.getCause() != null) {
            // A path or query parameter that cannot be converted (e.g. not a UUID): the caller's mistake, said plainly.
            return respond(ProblemType.VALIDATION, "INVALID_PARAMETER",
                    "a path or query parameter has the wrong format (" + ParameterFormats.describe(exception.getCause()) + ")",
                    List.of(), uri, headers);
        }
        Set<String> served = ServedMethods.on(path(uri));
        if (!served.isEmpty() && !served.contains(request.getMethod())) {
            // another resource class answered for the beginning of the path: the path exists, the method does not
            Response response = respond(ProblemType.METHOD_NOT_ALLOWED, null,
                    "this path accepts only " + String.join(", ", served), List.of(), uri, headers);
            return Response.fromResponse(response).allow(served).build();
        }
        return respond(ProblemType.NOT_FOUND, null, "no resource at this path", List.of(), uri, headers);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException exception, UriInfo uri, HttpHeaders headers) {
        var allowed = exception.getResponse().getAllowedMethods();
        Response response = respond(ProblemType.METHOD_NOT_ALLOWED, null, allowed.isEmpty()
                ? "this path does not accept the method" : "this path accepts only " + String.join(", ", allowed),
                List.of(), uri, headers);
        return allowed.isEmpty() ? response : Response.fromResponse(response).allow(allowed).build();
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException exception, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemType.NOT_ACCEPTABLE, null, "the answer is available as application/json only", List.of(), uri, headers);
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException exception, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemType.UNSUPPORTED_MEDIA_TYPE, null, "send the request body as application/json", List.of(), uri, headers);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception, UriInfo uri, HttpHeaders headers) {
        if (exception.getCause() instanceof JsonProcessingException json) {
            return unreadableBody(json, uri, headers);
        }
        ProblemException wrapped = wrappedProblem(exception);
        if (wrapped != null && exception.getResponse().getStatus() < 500) {
            return problem(wrapped, uri, headers);
        }
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(exception, headers);
        }
        if (status == 401) {
            return unauthenticated(uri, headers);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = status == 400 ? "the request cannot be read" : type.title(ProblemLanguage.ENGLISH);
        Response problem = ProblemResponses.of(type, null, detail, List.of(), path(uri), ProblemLanguage.of(headers));
        return Response.fromResponse(problem).status(status).build();
    }

    @ServerExceptionMapper
    public Response concurrentUpdate(OptimisticLockException exception, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemType.CONFLICT, "CONCURRENT_UPDATE",
                "the object was changed by another request at the same time; read it again and retry", List.of(), uri, headers);
    }

    /** Everything else. A few database answers are still the caller's doing; the rest is our bug. */
    @ServerExceptionMapper
    public Response unexpected(Throwable exception, UriInfo uri, HttpHeaders headers) {
        ProblemException wrapped = wrappedProblem(exception);
        if (wrapped != null) {
            // thrown inside something that wrapped it (a transaction commit, an async stage): still the caller's answer
            return problem(wrapped, uri, headers);
        }
        String sqlState = sqlState(exception);
        if ("23505".equals(sqlState)) {
            return respond(ProblemType.CONFLICT, "DUPLICATE", "an object with the same identifying values already exists",
                    List.of(), uri, headers);
        }
        if (sqlState != null && sqlState.startsWith("22")) {
            // PostgreSQL data exceptions: a value too long, out of range or not representable
            return respond(ProblemType.VALIDATION, "VALUE_NOT_STORABLE",
                    "a value is too long, out of range or contains characters that cannot be stored", List.of(), uri, headers);
        }
        if (DatabaseOutage.isCause(exception)) {
            LOG.warnf("the database cannot be reached: answered 503 (%s)", SafeErrorLog.describe(exception));
            return ProblemResponses.of(new ServiceUnavailable("the database cannot be reached; send the same request again in a"
                    + " few seconds (with its Idempotency-Key a retry never acts twice)", DATABASE_RETRY_AFTER_SECONDS), path(uri), headers);
        }
        return unexpected(exception, headers);
    }

    private Response unexpected(Throwable exception, HttpHeaders headers) {
        UUID incident = UUID.randomUUID();
        LOG.errorf("incident %s: unexpected error answered with 500%n%s", incident, SafeErrorLog.describe(exception));
        return ProblemResponses.of(ProblemType.INTERNAL, null,
                "an unexpected error occurred; quote incident " + incident + " to the operators",
                List.of(), "urn:uuid:" + incident, ProblemLanguage.of(headers));
    }

    private Response unauthenticated(UriInfo uri, HttpHeaders headers) {
        Response problem = respond(ProblemType.UNAUTHENTICATED, null,
                "send a valid bearer token in the Authorization header", List.of(), uri, headers);
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private Response unreadableBody(JsonProcessingException exception, UriInfo uri, HttpHeaders headers) {
        UnreadableJson unreadable = UnreadableJson.of(exception);
        return respond(ProblemType.MALFORMED_REQUEST, unreadable.code(), unreadable.detail(), unreadable.errors(), uri, headers);
    }

    private static Response respond(ProblemType type, String code, String detail, List<ProblemError> errors, UriInfo uri,
                                    HttpHeaders headers) {
        return ProblemResponses.of(type, code, detail, errors, path(uri), ProblemLanguage.of(headers));
    }

    private static String path(UriInfo uri) {
        try {
            return uri == null ? null : uri.getPath();
        } catch (RuntimeException unreadablePath) {
            return null;
        }
    }

    private static ProblemException wrappedProblem(Throwable exception) {
        int depth = 0;
        for (Throwable cause = exception.getCause(); cause != null && depth < 10; cause = cause.getCause(), depth++) {
            if (cause instanceof ProblemException problem) {
                return problem;
            }
        }
        return null;
    }

    private static String sqlState(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
