package vn.partydev.platform.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import vn.partydev.platform.problem.BadRequest;
import vn.partydev.platform.problem.Conflict;
import vn.partydev.platform.problem.DatabaseOutage;
import vn.partydev.platform.problem.ProblemError;
import vn.partydev.platform.problem.ProblemException;
import vn.partydev.platform.problem.ProblemType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The server side of {@link Idempotent}: replays stored answers before the method runs, stores first answers after. */
public class IdempotencyFilters {

    private static final Logger LOG = Logger.getLogger(IdempotencyFilters.class);
    private static final String IN_PROGRESS = IdempotencyFilters.class.getName() + ".key";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    @Inject
    IdempotencyStore store;

    @Inject
    IdempotencySettings settings;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    IdempotentRequest current;

    @Idempotent
    @ServerRequestFilter(readBody = true)
    public Optional<Response> replayOrStart(ContainerRequestContext request) {
        String key = request.getHeaderString(Idempotent.HEADER);
        if (key == null) {
            return Optional.empty();
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw new BadRequest("INVALID_IDEMPOTENCY_KEY", "Idempotency-Key must be 1 to 255 visible ASCII characters",
                    List.of(ProblemError.atParameter(Idempotent.HEADER, "1 to 255 visible ASCII characters")));
        }
        String caller = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        String hash = fingerprint(request);
        for (int attempt = 0; attempt < 3; attempt++) {
            if (store.start(caller, key, hash)) {
                request.setProperty(IN_PROGRESS, new CallerKey(caller, key));
                current.start(caller, key);
                return Optional.empty();
            }
            Optional<IdempotencyRecord> existing = store.find(caller, key);
            if (existing.isEmpty()) {
                continue;   // removed in between: try to start again
            }
            IdempotencyRecord record = existing.get();
            if (isStale(record)) {
                store.forgetIfCreatedAt(caller, key, record.createdAt());
                continue;
            }
            if (!record.requestHash().equals(hash)) {
                throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "IDEMPOTENCY_KEY_REUSED",
                        "this Idempotency-Key was already used for a different request; use a new key for a new request");
            }
            if (!record.answered()) {
                throw new Conflict("IDEMPOTENCY_REQUEST_IN_PROGRESS",
                        "the first request with this Idempotency-Key is still being processed; retry in a moment");
            }
            return Optional.of(replay(record));
        }
        throw new Conflict("IDEMPOTENCY_REQUEST_IN_PROGRESS", "another request with this Idempotency-Key is being processed");
    }

    @ServerResponseFilter
    public void storeFirstAnswer(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(IN_PROGRESS) instanceof CallerKey started)) {
            return;
        }
        int status = response.getStatus();
        if (status >= 500 || status == 401 || status == 403 || status == 408 || status == 429) {
            // not an answer to the request itself: let a retry try again
            forgetUnlessTheDatabaseIsDown(started);
            return;
        }
        String contentType = response.getMediaType() == null ? null : response.getMediaType().toString();
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        if (current.storedAlready(status, contentType, location, etag, response.getEntity())) {
            return;   // stored with the command's transaction: a second write would cost a commit of its own
        }
        store.complete(started.caller(), started.key(), status, contentType, location, etag, IdempotentAnswers.body(json, response.getEntity()));
    }

    /**
     * Forgets the key so that a retry runs again. When the database cannot be reached (the very reason for a 503), the
     * key stays in progress until it counts as abandoned ({@code abandoned-after}), and the answer stays the problem.
     */
    private void forgetUnlessTheDatabaseIsDown(CallerKey started) {
        try {
            store.forget(started.caller(), started.key());
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            LOG.warnf("an Idempotency-Key stays in progress until it counts as abandoned: the database cannot be reached");
        }
    }

    private boolean isStale(IdempotencyRecord record) {
        var age = java.time.Duration.between(record.createdAt(), clock.instant());
        return age.compareTo(settings.retention()) > 0
                || (!record.answered() && age.compareTo(settings.abandonedAfter()) > 0);
    }

    private static Response replay(IdempotencyRecord record) {
        Response.ResponseBuilder answer = Response.status(record.status()).header(Idempotent.REPLAYED_HEADER, "true");
        if (record.body() != null && record.body().length > 0) {
            answer.entity(record.body()).type(record.contentType());
        }
        if (record.location() != null) {
            answer.header(HttpHeaders.LOCATION, record.location());
        }
        if (record.etag() != null) {
            answer.header(HttpHeaders.ETAG, record.etag());
        }
        return answer.build();
    }

    private static String fingerprint(ContainerRequestContext request) {
        try {
            byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
            request.setEntityStream(new ByteArrayInputStream(body));
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((request.getMethod() + ' ' + request.getUriInfo().getRequestUri().getRawPath() + '?'
                    + request.getUriInfo().getRequestUri().getRawQuery() + '\n').getBytes(StandardCharsets.UTF_8));
            sha256.update(body);
            return HexFormat.of().formatHex(sha256.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record CallerKey(String caller, String key) {
    }
}
