package vn.partydev.platform.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** Settings of the application clock. */
@ConfigMapping(prefix = "partydev.clock")
public interface ClockSettings {

    /** The zone of the clock; Vietnam's. */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId zone();

    /** A fixed instant (ISO-8601, e.g. 2026-02-16T02:00:00Z) the clock stands still at; for tests and demonstrations. */
    Optional<Instant> fixed();
}
