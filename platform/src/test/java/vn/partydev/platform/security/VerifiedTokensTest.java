package vn.partydev.platform.security;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cache's own rules on a clock the test moves: a minute at most, never past exp, bounded. */
class VerifiedTokensTest {

    private static final Instant START = Instant.parse("2026-12-05T10:00:00Z");

    private final MovableClock clock = new MovableClock();

    @Test
    void aTokenIsKeptForOneMinuteAtMost() {
        VerifiedTokens tokens = new VerifiedTokens(clock, 10);
        JsonWebToken token = expiringAt(START.plus(Duration.ofHours(2)));
        tokens.remember("a", token);
        clock.now = START.plusSeconds(59);
        assertSame(token, tokens.find("a").orElseThrow());
        clock.now = START.plusSeconds(60);
        assertTrue(tokens.find("a").isEmpty());
        assertEquals(0, tokens.size());
    }

    @Test
    void aTokenIsNeverAnsweredAtOrPastItsExp() {
        VerifiedTokens tokens = new VerifiedTokens(clock, 10);
        tokens.remember("a", expiringAt(START.plusSeconds(5)));
        clock.now = START.plusSeconds(4);
        assertTrue(tokens.find("a").isPresent());
        clock.now = START.plusSeconds(5);
        assertTrue(tokens.find("a").isEmpty());
    }

    @Test
    void anAlreadyExpiredTokenIsNotRemembered() {
        VerifiedTokens tokens = new VerifiedTokens(clock, 10);
        tokens.remember("a", expiringAt(START.minusSeconds(1)));
        assertEquals(0, tokens.size());
    }

    @Test
    void theBoundHoldsExpiredTokensGoingFirst() {
        VerifiedTokens tokens = new VerifiedTokens(clock, 20);
        tokens.remember("short", expiringAt(START.plusSeconds(1)));
        for (int i = 0; i < 19; i++) {
            tokens.remember("t" + i, expiringAt(START.plus(Duration.ofHours(1))));
        }
        assertEquals(20, tokens.size());
        clock.now = START.plusSeconds(2);
        tokens.remember("new", expiringAt(START.plus(Duration.ofHours(1))));
        assertTrue(tokens.find("new").isPresent());
        assertTrue(tokens.size() <= 20);
        for (int i = 0; i < 1000; i++) {
            tokens.remember("more" + i, expiringAt(START.plus(Duration.ofHours(1))));
            assertTrue(tokens.size() <= 20, "size " + tokens.size() + " after " + i);
        }
        assertTrue(tokens.find("more999").isPresent());
    }

    @Test
    void aBoundBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new VerifiedTokens(clock, 0));
        assertFalse(new VerifiedTokens(clock, 1).find("x").isPresent());
    }

    private static JsonWebToken expiringAt(Instant exp) {
        return (JsonWebToken) Proxy.newProxyInstance(VerifiedTokensTest.class.getClassLoader(), new Class<?>[]{JsonWebToken.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getExpirationTime" -> exp.getEpochSecond();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }

    private static final class MovableClock extends Clock {
        Instant now = START;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
