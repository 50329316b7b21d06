package vn.partydev.platform.http;

import jakarta.ws.rs.core.HttpHeaders;
import vn.partydev.platform.problem.ProblemException;

import java.util.List;

/** TEMPORARY stand-in for the platform-web contract. */
public final class Preconditions {
    private Preconditions() {
    }

    public static void requireIfMatch(HttpHeaders headers, long currentVersion) {
        List<String> values = headers.getRequestHeader(HttpHeaders.IF_MATCH);
        if (values == null || values.isEmpty()) {
            throw new ProblemException(428, "PRECONDITION_REQUIRED", "send If-Match");
        }
        if (!values.get(0).trim().equals("\"" + currentVersion + "\"")) {
            throw new ProblemException(412, "PRECONDITION_FAILED", "stale");
        }
    }
}
