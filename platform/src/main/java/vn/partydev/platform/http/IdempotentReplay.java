package vn.partydev.platform.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The stored answer of an Idempotency-Key, replayed instead of running the command again. Thrown from inside the
 * command's transaction (which rolls back: it wrote nothing) and answered as is by {@link IdempotencyFilters}.
 */
final class IdempotentReplay extends RuntimeException {

    private final transient IdempotencyRecord record;

    IdempotentReplay(IdempotencyRecord record) {
        super("replayed", null, false, false);
        this.record = record;
    }

    Response response() {
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
}
