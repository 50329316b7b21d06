package vn.partydev.platform.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import vn.partydev.platform.problem.BadRequest;
import vn.partydev.platform.problem.DatabaseOutage;
import vn.partydev.platform.problem.ProblemError;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The server side of {@link Idempotent} around the command ({@link IdempotentCommand}, which claims the key): reads the
 * key and fingerprints the request before it, answers a replay, and stores after it the answers the command's
 * transaction did not store (a refusal, which rolled back with the claim).
 */
public class IdempotencyFilters {

    private static final Logger LOG = Logger.getLogger(IdempotencyFilters.class);
    private static final String STARTED = IdempotencyFilters.class.getName() + ".started";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    @Inject
    IdempotencyStore store;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    @Inject
    IdempotentRequest current;

    @Idempotent
    @ServerRequestFilter(readBody = true)
    public void start(ContainerRequestContext request) {
        String key = request.getHeaderString(Idempotent.HEADER);
        if (key == null) {
            return;
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw new BadRequest("INVALID_IDEMPOTENCY_KEY", "Idempotency-Key must be 1 to 255 visible ASCII characters",
                    List.of(ProblemError.atParameter(Idempotent.HEADER, "1 to 255 visible ASCII characters")));
        }
        String caller = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        // claimed, replayed or refused in the command's transaction (IdempotentCommand): no commit of its own here
        current.start(caller, key, fingerprint(request));
        request.setProperty(STARTED, Boolean.TRUE);
    }

    @ServerExceptionMapper
    public Response replay(IdempotentReplay replay) {
        return replay.response();
    }

    @ServerResponseFilter
    public void storeFirstAnswer(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STARTED) == null || current.isAnsweredFromRecord()) {
            return;
        }
        int status = response.getStatus();
        // not an answer to the request itself: let a retry try again
        boolean notAnAnswer = status >= 500 || status == 401 || status == 403 || status == 408 || status == 429;
        String contentType = response.getMediaType() == null ? null : response.getMediaType().toString();
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        if (current.isClaimCommitted()) {
            if (notAnAnswer) {
                forgetUnlessTheDatabaseIsDown();
            } else if (!current.storedAlready(status, contentType, location, etag, response.getEntity())) {
                store.complete(current.caller(), current.key(), status, contentType, location, etag,
                        IdempotentAnswers.body(json, response.getEntity()));
            }
            return;   // otherwise stored with the command's transaction: a second write would cost a commit of its own
        }
        if (notAnAnswer) {
            return;   // the claim rolled back with the command, or was never made
        }
        // a refusal: the command's transaction rolled back with the claim, or the command never ran (an unreadable body)
        store.record(current.caller(), current.key(), current.requestHash(), status, contentType, location, etag,
                IdempotentAnswers.body(json, response.getEntity()));
    }

    /**
     * Forgets the key of a committed command whose answer is no answer (a 503 it returned), so that a retry runs again.
     * When the database cannot be reached, the key stays in progress until it counts as abandoned
     * ({@code abandoned-after}).
     */
    private void forgetUnlessTheDatabaseIsDown() {
        try {
            store.forget(current.caller(), current.key());
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            LOG.warnf("an Idempotency-Key stays in progress until it counts as abandoned: the database cannot be reached");
        }
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
}
