package vn.partydev.platform.scope;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long an organisation read from the replica is reused ({@code partydev.organisations.*}). */
@ConfigMapping(prefix = "partydev.organisations")
public interface OrganisationCacheSettings {

    /**
     * An instance forgets the organisations it read as soon as it applies a change to the replica; this bounds how
     * long another instance of the same service, which shares the replica but not its consumer's partitions, may
     * still use the old state.
     */
    @WithDefault("10s")
    Duration cacheTtl();
}
