package vn.partydev.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the cache of verified bearer tokens ({@link CachingJwtParser}). */
@ConfigMapping(prefix = "partydev.security.token-cache")
public interface TokenCacheSettings {

    /** Off: every request verifies its token's signature again (for measuring the cache's effect). */
    @WithDefault("true")
    boolean enabled();

    /** How many verified tokens are kept at most; when full, expired ones go first, then arbitrary ones. */
    @WithDefault("10000")
    int maxTokens();
}
