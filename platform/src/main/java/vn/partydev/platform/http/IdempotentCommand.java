package vn.partydev.platform.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.partydev.platform.inbox.AfterCommit;
import vn.partydev.platform.problem.Conflict;
import vn.partydev.platform.problem.ProblemException;
import vn.partydev.platform.problem.ProblemType;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Claims the Idempotency-Key of an {@link Idempotent} command and stores its answer, both in the command's own
 * transaction: one commit per request, and the state change and the answer a retry will replay commit together (a
 * service that stops between the commit and the answer leaves a retry nothing to do twice). It runs inside
 * {@code @Transactional} (after the transaction interceptor), joining the resource's transaction or beginning one that
 * the use case's own {@code @Transactional} joins.
 * <p>
 * The claim is {@code INSERT … ON CONFLICT DO NOTHING}: a concurrent request with the same key waits there until the
 * first one's transaction ends, then finds its answer (or, when it rolled back, claims the key itself). A key already
 * recorded is answered from the record without running the command: its answer replayed, 422 for another request,
 * 409 while a recorded request has no answer yet. A command that throws rolls back with its claim; its problem answer
 * is stored by {@link IdempotencyFilters} afterwards, which also stores an answer again when it was sent otherwise than
 * stored (a {@code Location} made absolute, another entity).
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
class IdempotentCommand {

    @Inject
    IdempotentRequest current;

    @Inject
    IdempotencyStore store;

    @Inject
    ObjectMapper json;

    @Inject
    IdempotencySettings settings;

    @Inject
    Clock clock;

    @Inject
    AfterCommit afterCommit;

    @AroundInvoke
    Object claimAndStoreWithTheCommand(InvocationContext invocation) throws Exception {
        if (!current.started()) {
            return invocation.proceed();
        }
        try {
            return QuarkusTransaction.joiningExisting().call(() -> {
                claim();
                Object result = invocation.proceed();
                store(result);
                return result;
            });
        } catch (io.quarkus.narayana.jta.QuarkusTransactionException wrapped) {
            if (wrapped.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw wrapped;
        }
    }

    /** Claims the key in the current transaction, or throws the answer the key's record gives. */
    private void claim() {
        String caller = current.caller();
        String key = current.key();
        for (int attempt = 0; attempt < 3; attempt++) {
            if (store.start(caller, key, current.requestHash())) {
                afterCommit.run(current::claimCommitted);
                return;
            }
            Optional<IdempotencyRecord> existing = store.find(caller, key);
            if (existing.isEmpty()) {
                continue;   // removed in between: try to claim again
            }
            IdempotencyRecord record = existing.get();
            if (isStale(record)) {
                store.forgetIfCreatedAt(caller, key, record.createdAt());
                continue;
            }
            current.answeredFromRecord();
            if (!record.requestHash().equals(current.requestHash())) {
                throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "IDEMPOTENCY_KEY_REUSED",
                        "this Idempotency-Key was already used for a different request; use a new key for a new request");
            }
            if (!record.answered()) {
                throw new Conflict("IDEMPOTENCY_REQUEST_IN_PROGRESS",
                        "the first request with this Idempotency-Key is still being processed; retry in a moment");
            }
            throw new IdempotentReplay(record);
        }
        current.answeredFromRecord();
        throw new Conflict("IDEMPOTENCY_REQUEST_IN_PROGRESS", "another request with this Idempotency-Key is being processed");
    }

    private boolean isStale(IdempotencyRecord record) {
        Duration age = Duration.between(record.createdAt(), clock.instant());
        return age.compareTo(settings.retention()) > 0
                || (!record.answered() && age.compareTo(settings.abandonedAfter()) > 0);
    }

    private void store(Object result) {
        int status;
        String contentType = MediaType.APPLICATION_JSON;
        String location = null;
        String etag = null;
        Object entity = result;
        if (result instanceof Response response) {
            status = response.getStatus();
            entity = response.getEntity();
            contentType = response.getMediaType() == null ? (entity == null ? null : MediaType.APPLICATION_JSON)
                    : response.getMediaType().toString();
            location = response.getLocation() == null ? null : response.getLocation().toString();
            etag = response.getHeaderString(HttpHeaders.ETAG);
        } else {
            status = result == null ? 204 : 200;
        }
        if (status >= 500 || status == 401 || status == 403 || status == 408 || status == 429) {
            return;   // the response filter forgets the key: a retry runs again
        }
        String storedType = entity == null ? null : contentType;
        store.complete(current.caller(), current.key(), status, storedType, location, etag, IdempotentAnswers.body(json, entity));
        current.stored(status, storedType, location, etag, entity);
    }
}
