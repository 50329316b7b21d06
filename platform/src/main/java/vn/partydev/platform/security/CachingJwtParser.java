package vn.partydev.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Clock;

/**
 * The bearer-token parser of every service: smallrye-jwt's, with the tokens it verified remembered for a minute
 * ({@link VerifiedTokens}). Verifying an RS256 signature costs about 0.2 ms of CPU, the largest single cost of a small
 * request; a client sends the same token with every request. Quarkus' authentication mechanism looks up the
 * {@code JWTParser} bean, which this alternative replaces.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser extends DefaultJWTParser {

    private final TokenCacheSettings settings;
    private final VerifiedTokens verified;

    CachingJwtParser(TokenCacheSettings settings) {
        this.settings = settings;
        // token lifetimes are real time, not the application's (possibly fixed) business clock
        this.verified = new VerifiedTokens(Clock.systemUTC(), settings.maxTokens());
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        if (!settings.enabled()) {
            return super.parse(token);
        }
        var known = verified.find(token);
        if (known.isPresent()) {
            return known.get();
        }
        JsonWebToken parsed = super.parse(token);
        verified.remember(token, parsed);
        return parsed;
    }

    /** Whether {@code token} would be answered from the cache now. */
    boolean isCached(String token) {
        return verified.find(token).isPresent();
    }
}
