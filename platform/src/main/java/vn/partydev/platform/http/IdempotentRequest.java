package vn.partydev.platform.http;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.MediaType;

import java.util.Objects;

/**
 * The Idempotency-Key this request carries (set by {@link IdempotencyFilters}), for {@link IdempotentCommand}, which
 * claims it in the command's transaction; what came of the claim, and the answer the command stored with its
 * transaction, so that the response filter does not store the same answer again.
 */
@RequestScoped
class IdempotentRequest {

    private String caller;
    private String key;
    private String requestHash;
    private boolean answeredFromRecord;
    private volatile boolean claimCommitted;
    private StoredAnswer stored;

    void start(String caller, String key, String requestHash) {
        this.caller = caller;
        this.key = key;
        this.requestHash = requestHash;
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

    String requestHash() {
        return requestHash;
    }

    /** Notes that the key was known already: the answer is a replay or a refusal, nothing of this request is stored. */
    void answeredFromRecord() {
        answeredFromRecord = true;
    }

    boolean isAnsweredFromRecord() {
        return answeredFromRecord;
    }

    /** Notes that the command's transaction, holding this request's claim of the key, committed. */
    void claimCommitted() {
        claimCommitted = true;
    }

    boolean isClaimCommitted() {
        return claimCommitted;
    }

    /** Notes the answer {@link IdempotentCommand} stored in the command's transaction. */
    void stored(int status, String contentType, String location, String etag, Object entity) {
        stored = new StoredAnswer(status, contentType, location, etag, entity);
    }

    /** Whether the command stored exactly this answer (the same entity, not merely an equal one). */
    boolean storedAlready(int status, String contentType, String location, String etag, Object entity) {
        return stored != null && stored.status() == status && sameMediaType(stored.contentType(), contentType)
                && Objects.equals(stored.location(), location) && Objects.equals(stored.etag(), etag) && stored.entity() == entity;
    }

    /**
     * Whether the stored type describes the answer: the same type and subtype ({@code ;charset=UTF-8} may be added), or
     * any stored type when the answer names none yet (content negotiation then picks it as the command did).
     */
    private static boolean sameMediaType(String stored, String sent) {
        if (sent == null) {
            return true;
        }
        if (stored == null) {
            return false;
        }
        MediaType a = MediaType.valueOf(stored);
        MediaType b = MediaType.valueOf(sent);
        return a.getType().equalsIgnoreCase(b.getType()) && a.getSubtype().equalsIgnoreCase(b.getSubtype());
    }

    private record StoredAnswer(int status, String contentType, String location, String etag, Object entity) {
    }
}
