package vn.partydev.platform.http;

import jakarta.enterprise.context.RequestScoped;

/** The Idempotency-Key this request started (set by {@link IdempotencyFilters}), for {@link IdempotentCommand}. */
@RequestScoped
class IdempotentRequest {

    private String caller;
    private String key;

    void start(String caller, String key) {
        this.caller = caller;
        this.key = key;
    }

    boolean started() {
        return key != null;
    }

    String caller() {
        return caller;
    }

    String key() {
        return key;
    }
}
