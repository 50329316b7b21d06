package vn.partydev.platform.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long idempotent answers are kept. */
@ConfigMapping(prefix = "partydev.idempotency")
public interface IdempotencySettings {

    /** How long a stored answer is replayed; older records are deleted. */
    @WithDefault("P1D")
    Duration retention();

    /** After this long, a request that never finished (the process died) no longer blocks retries with its key. */
    @WithDefault("PT2M")
    Duration abandonedAfter();
}
