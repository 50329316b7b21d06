package vn.partydev.platform.problem;

/** A problem that goes away by itself: answered with {@code Retry-After}. */
public abstract class Retryable extends ProblemException {

    private final long retryAfterSeconds;

    protected Retryable(ProblemType type, String detail, long retryAfterSeconds) {
        super(type, null, detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
