package vn.partydev.reporting.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.partydev.reporting.domain.NotInScope;
import vn.partydev.reporting.domain.OrgNode;

import java.sql.Connection;
import java.util.UUID;

/**
 * The caller's organisation (claim {@code org}) located in reporting's own projection of the tree: a caller sees
 * its organisation's whole subtree and nothing else.
 */
@RequestScoped
public class CallerOrganisation {

    @Inject
    JsonWebToken token;

    /** The organisation asked about, if the caller may see it; otherwise {@link NotInScope} (404). */
    OrgNode require(Connection connection, UUID orgId) {
        OrgNode asked = OrganisationTree.find(connection, orgId).orElseThrow(() -> new NotInScope(orgId));
        OrgNode caller = caller(connection);
        if (caller == null || !caller.covers(asked)) {
            throw new NotInScope(orgId);
        }
        return asked;
    }

    OrgNode caller(Connection connection) {
        String claim = token == null ? null : token.getClaim("org");
        if (claim == null) {
            return null;
        }
        try {
            return OrganisationTree.find(connection, UUID.fromString(claim)).orElse(null);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    String subject() {
        return token == null || token.getSubject() == null ? "unknown" : token.getSubject();
    }

    boolean hasRole(String role) {
        return token != null && token.getGroups() != null && token.getGroups().contains(role);
    }
}
