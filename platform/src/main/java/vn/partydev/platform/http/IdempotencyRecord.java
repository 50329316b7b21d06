package vn.partydev.platform.http;

import java.time.Instant;

/** A row of {@code idempotency_record}: a request's fingerprint and, once answered, the answer. */
record IdempotencyRecord(String requestHash, Integer status, String contentType, String location, String etag,
                         byte[] body, Instant createdAt) {

    boolean answered() {
        return status != null;
    }
}
