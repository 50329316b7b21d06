package vn.partydev.platform.http;

import jakarta.interceptor.InterceptorBinding;
import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a creating POST as safe to retry with an {@code Idempotency-Key} header: the first answer (status, body,
 * Location, ETag) is stored per caller and key and replayed to every retry with the same key; the same key with a
 * different request answers 422 {@code IDEMPOTENCY_KEY_REUSED}; a retry while the first is still running answers 409
 * {@code IDEMPOTENCY_REQUEST_IN_PROGRESS}. Requests without the header are processed normally.
 * <p>
 * The answer is stored in the command's own transaction ({@link IdempotentCommand}): once the command has committed,
 * a retry replays its answer even if the service stopped before it could answer.
 */
@NameBinding
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {

    /** The request header carrying the key. */
    String HEADER = "Idempotency-Key";

    /** Set to {@code true} on an answer that is a replay. */
    String REPLAYED_HEADER = "Idempotency-Replayed";
}
