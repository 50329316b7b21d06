package vn.partydev.platform.scope;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** TEMPORARY stand-in for the platform-web contract. */
public interface OrganisationDirectory {
    Optional<OrganisationRef> find(UUID id);

    List<OrganisationRef> children(UUID id);
}
