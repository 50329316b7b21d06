package vn.partydev.platform.scope;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.partydev.platform.problem.Forbidden;
import vn.partydev.platform.problem.NotFound;
import vn.partydev.platform.search.LikePatterns;

import java.util.UUID;

/**
 * The caller of the current request and the organisation subtree it may see: its organisation comes from the token's
 * {@code org} claim, the organisation's path from the {@link OrganisationDirectory}. Every scoped row stores its
 * organisation path and every query filters with {@link #likePattern()}; an object outside the subtree answers 404.
 * A token naming no organisation, or one the directory does not know, answers 403.
 */
@RequestScoped
public class CallerScope {

    /** The claim holding the id of the organisation the user belongs to. */
    public static final String ORGANISATION_CLAIM = "org";

    @Inject
    JsonWebToken token;

    @Inject
    SecurityIdentity identity;

    @Inject
    OrganisationDirectory directory;

    private OrganisationRef organisation;

    /** The caller's organisation id (claim {@code org}). */
    public UUID organisationId() {
        return organisation().id();
    }

    /** The materialised path of the caller's organisation, {@code /<root>/.../<org>/}. */
    public String path() {
        return organisation().path();
    }

    /** Whether an object stored with {@code organisationPath} lies in the caller's subtree. */
    public boolean covers(String organisationPath) {
        return organisation().covers(organisationPath);
    }

    /** Throws {@link NotFound} (404) when {@code organisationPath} lies outside the caller's subtree. */
    public void require(String organisationPath) {
        require(organisationPath, "the object", null);
    }

    /** As {@link #require(String)}, naming what was looked for in the 404. */
    public void require(String organisationPath, String what, Object id) {
        if (!covers(organisationPath)) {
            throw new NotFound(what, id);
        }
    }

    /** The pattern for {@code organisation_path LIKE :pattern}: the caller's path followed by {@code %}. */
    public String likePattern() {
        return LikePatterns.startingWith(path());
    }

    /** Who is calling, for history and access logs: the token's subject. */
    public String subject() {
        if (token != null && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    private OrganisationRef organisation() {
        if (organisation == null) {
            organisation = directory.find(claimedOrganisation())
                    .orElseThrow(() -> new Forbidden("ORGANISATION_UNKNOWN",
                            "the organisation in your token is not known to this service"));
        }
        return organisation;
    }

    private UUID claimedOrganisation() {
        Object claim = token == null ? null : token.getClaim(ORGANISATION_CLAIM);
        String value = claim == null ? null : claim.toString().replace("\"", "").trim();
        if (value == null || value.isEmpty()) {
            throw new Forbidden("ORGANISATION_MISSING", "your token names no organisation (claim 'org')");
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException notUuid) {
            throw new Forbidden("ORGANISATION_UNKNOWN", "the organisation in your token is not a valid id");
        }
    }
}
