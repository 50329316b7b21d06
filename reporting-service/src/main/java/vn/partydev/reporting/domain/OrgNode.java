package vn.partydev.reporting.domain;

import java.util.UUID;

/** An organisation of the party tree as projected from admission-service's Organisation* events. */
public record OrgNode(UUID id, UUID parentId, String path, String kind, String code, String name, Integer population) {

    /** The LIKE pattern matching the node and its whole subtree. */
    public String subtree() {
        return path + "%";
    }

    /** Whether {@code other} lies in this node's subtree (the node itself included). */
    public boolean covers(OrgNode other) {
        return other.path().startsWith(path);
    }
}
