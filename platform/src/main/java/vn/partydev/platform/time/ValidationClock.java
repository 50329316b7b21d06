package vn.partydev.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Provider;
import jakarta.validation.ClockProvider;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Gives Bean Validation the service's {@link Clock} (zone Asia/Ho_Chi_Minh, fixed in tests), so that
 * {@code @PastOrPresent} on a fact date means "not after today in Vietnam", as the rules' own checks do.
 * <p>
 * The validator is built while the application starts, before configuration is available to the clock's producer:
 * the clock given here looks the service's clock up when a value is validated.
 */
@ApplicationScoped
public class ValidationClock implements ClockProvider {

    private final Clock clock;

    ValidationClock(Provider<Clock> serviceClock) {
        this.clock = new Deferred(serviceClock, null);
    }

    @Override
    public Clock getClock() {
        return clock;
    }

    /** The service's clock, resolved on first use. */
    private static final class Deferred extends Clock {

        private final Provider<Clock> serviceClock;
        private final ZoneId zone;

        Deferred(Provider<Clock> serviceClock, ZoneId zone) {
            this.serviceClock = serviceClock;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone != null ? zone : serviceClock.get().getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new Deferred(serviceClock, zone);
        }

        @Override
        public Instant instant() {
            return serviceClock.get().instant();
        }
    }
}
