package vn.partydev.platform.http;

import jakarta.ws.rs.core.EntityTag;

/** TEMPORARY stand-in for the platform-web contract. */
public final class ETags {
    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }
}
