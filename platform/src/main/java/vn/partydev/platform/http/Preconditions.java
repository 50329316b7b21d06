package vn.partydev.platform.http;

import jakarta.ws.rs.core.HttpHeaders;
import vn.partydev.platform.problem.PreconditionFailed;
import vn.partydev.platform.problem.PreconditionRequired;

import java.util.List;

/**
 * Optimistic concurrency over HTTP: a PUT, PATCH or DELETE must send {@code If-Match} with the ETag it read.
 * Missing → 428; not the current version → 412.
 */
public final class Preconditions {

    private Preconditions() {
    }

    public static void requireIfMatch(HttpHeaders headers, long currentVersion) {
        List<String> values = headers.getRequestHeader(HttpHeaders.IF_MATCH);
        if (values == null || values.isEmpty() || values.stream().allMatch(String::isBlank)) {
            throw new PreconditionRequired("send If-Match with the ETag of the version you read (current: "
                    + ETags.of(currentVersion) + ")");
        }
        String current = Long.toString(currentVersion);
        for (String value : values) {
            for (String tag : value.split(",")) {
                if (matches(tag.trim(), current)) {
                    return;
                }
            }
        }
        throw new PreconditionFailed("If-Match " + String.join(", ", values).trim() + " is not the current version "
                + ETags.of(currentVersion) + "; read the object again");
    }

    /** Strong comparison (RFC 9110 §13.1.1): a weak tag never matches. */
    private static boolean matches(String tag, String current) {
        if (tag.equals("*")) {
            return true;
        }
        return tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")
                && tag.substring(1, tag.length() - 1).equals(current);
    }
}
