package vn.partydev.platform.scope;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Looks up organisations of the tree. Every service but admission uses {@link ReplicatedOrganisationDirectory}
 * (its replica of admission's tree); admission-service, which owns the tree, provides its own implementation as an
 * {@code @Alternative @Priority(1)} bean.
 */
public interface OrganisationDirectory {

    Optional<OrganisationRef> find(UUID id);

    /** The direct children of {@code id}, retired ones included, ordered by code. */
    List<OrganisationRef> children(UUID id);
}
