package vn.partydev.platform.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The request line and header limits answered with a problem ({@code partydev.http.*}). They must stay below
 * Quarkus's own {@code quarkus.http.limits.max-initial-line-length} and {@code max-header-size}, which the platform
 * raises: beyond those, the server itself refuses the request with an empty 414 or 431.
 */
@ConfigMapping(prefix = "partydev.http")
public interface RequestLimitSettings {

    /** Longest request line (method, path and query, version), in characters; longer is 414. */
    @WithDefault("4096")
    int maxRequestLine();

    /** Largest total of the request's headers (names and values), in bytes; larger is 431. */
    @WithDefault("20480")
    int maxHeaderBytes();
}
