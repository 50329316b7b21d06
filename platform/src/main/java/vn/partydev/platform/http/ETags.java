package vn.partydev.platform.http;

import jakarta.ws.rs.core.EntityTag;

/** Entity tags of versioned objects: the JPA {@code @Version} as a strong tag, {@code "7"}. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }
}
