package vn.partydev.platform.problem;

/**
 * 503 with {@code Retry-After}: the service cannot answer now (its database cannot be reached); nothing was done, and
 * the same request may be sent again.
 */
public class ServiceUnavailable extends ProblemException implements Retryable {

    private final long retryAfterSeconds;

    public ServiceUnavailable(String detail, long retryAfterSeconds) {
        super(ProblemType.UNAVAILABLE, null, detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
