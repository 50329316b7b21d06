package vn.partydev.reporting.domain;

import java.util.UUID;

/** The organisation does not exist or lies outside the caller's subtree: both answer 404, so nothing leaks. */
public class NotInScope extends RuntimeException {
    public NotInScope(UUID orgId) {
        super("organisation " + orgId + " was not found");
    }
}
