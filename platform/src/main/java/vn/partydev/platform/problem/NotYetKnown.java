package vn.partydev.platform.problem;

/**
 * 503 with {@code Retry-After}: the thing asked about may exist but this service has not learned it yet (its read model
 * is behind the producers' events). Retryable — never a 404, which would read as "does not exist".
 */
public class NotYetKnown extends Retryable {

    public NotYetKnown(String detail, long retryAfterSeconds) {
        super(ProblemType.NOT_YET_KNOWN, detail, retryAfterSeconds);
    }
}
