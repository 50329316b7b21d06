package vn.partydev.platform.problem;

/** A problem that goes away by itself: answered with {@code Retry-After}. */
public interface Retryable {

    long retryAfterSeconds();
}
