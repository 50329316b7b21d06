package vn.partydev.platform.security;

import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens whose signature and claims were verified, by their raw text, each kept for at most {@link #TIME_TO_LIVE} and
 * never past its {@code exp}. Only successes are remembered: a token that failed is verified again on every request.
 */
final class VerifiedTokens {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(1);

    private record Entry(JsonWebToken token, Instant goodUntil) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxTokens;

    VerifiedTokens(Clock clock, int maxTokens) {
        if (maxTokens < 1) {
            throw new IllegalArgumentException("partydev.security.token-cache.max-tokens must be at least 1, was " + maxTokens);
        }
        this.clock = clock;
        this.maxTokens = maxTokens;
    }

    /** The token verified earlier from {@code raw}, unless its time in the cache or its own lifetime is over. */
    Optional<JsonWebToken> find(String raw) {
        Entry entry = entries.get(raw);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.goodUntil())) {
            entries.remove(raw, entry);
            return Optional.empty();
        }
        return Optional.of(entry.token());
    }

    /** Remembers a token just verified from {@code raw}. */
    void remember(String raw, JsonWebToken token) {
        Instant now = clock.instant();
        Instant goodUntil = now.plus(TIME_TO_LIVE);
        if (token.getExpirationTime() > 0) {
            Instant expires = Instant.ofEpochSecond(token.getExpirationTime());
            if (expires.isBefore(goodUntil)) {
                goodUntil = expires;
            }
        }
        if (!now.isBefore(goodUntil)) {
            return;
        }
        if (entries.size() >= maxTokens && !entries.containsKey(raw)) {
            makeRoom(now);
        }
        entries.put(raw, new Entry(token, goodUntil));
    }

    int size() {
        return entries.size();
    }

    /** Drops the expired entries; if that frees nothing, about a tenth of the others (at least one). */
    private void makeRoom(Instant now) {
        entries.values().removeIf(entry -> !now.isBefore(entry.goodUntil()));
        int excess = entries.size() - maxTokens + Math.max(1, maxTokens / 10);
        Iterator<String> keys = entries.keySet().iterator();
        while (excess-- > 0 && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }
}
