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

/**
 * Stores the answer of an {@link Idempotent} command in the command's own transaction, so that the state change and
 * the answer a retry will replay commit together: a service that stops between the commit and the answer leaves a
 * retry nothing to do twice. It runs inside {@code @Transactional} (after the transaction interceptor), joining the
 * resource's transaction or beginning one that the use case's own {@code @Transactional} joins. A command that
 * throws rolls back as before; its problem answer is stored by {@link IdempotencyFilters} afterwards, which also
 * stores an answer again when it was sent otherwise than stored (a {@code Location} made absolute, another entity).
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

    @AroundInvoke
    Object storeAnswerWithTheCommand(InvocationContext invocation) throws Exception {
        if (!current.started()) {
            return invocation.proceed();
        }
        try {
            return QuarkusTransaction.joiningExisting().call(() -> {
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
