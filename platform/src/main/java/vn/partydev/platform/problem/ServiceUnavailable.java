package vn.partydev.platform.problem;

/**
 * 503 with {@code Retry-After}: the service cannot answer now (its database cannot be reached); the same request may be
 * sent again.
 */
public class ServiceUnavailable extends Retryable {

    public ServiceUnavailable(String detail, long retryAfterSeconds) {
        super(ProblemType.UNAVAILABLE, detail, retryAfterSeconds);
    }
}
