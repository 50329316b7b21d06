package vn.partydev.platform.scope;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.partydev.platform.problem.NotFound;
import vn.partydev.platform.problem.ProblemException;

import java.util.UUID;

/** TEMPORARY stand-in for the platform-web contract. */
@RequestScoped
public class CallerScope {
    @Inject
    JsonWebToken token;
    @Inject
    SecurityIdentity identity;
    @Inject
    OrganisationDirectory directory;

    private OrganisationRef organisation;

    public UUID organisationId() {
        return organisation().id();
    }

    public String path() {
        return organisation().path();
    }

    public boolean covers(String organisationPath) {
        return organisation().covers(organisationPath);
    }

    public void require(String organisationPath) {
        if (!covers(organisationPath)) {
            throw new NotFound("the object", null);
        }
    }

    public String likePattern() {
        return path() + "%";
    }

    public String subject() {
        return token.getSubject();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    private OrganisationRef organisation() {
        if (organisation == null) {
            Object claim = token.getClaim("org");
            UUID id = UUID.fromString(claim.toString().replace("\"", ""));
            organisation = directory.find(id).orElseThrow(() -> new ProblemException(403, "ORGANISATION_UNKNOWN", "unknown organisation"));
        }
        return organisation;
    }
}
