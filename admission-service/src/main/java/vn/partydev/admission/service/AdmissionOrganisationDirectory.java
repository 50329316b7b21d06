package vn.partydev.admission.service;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.transaction.Transactional;
import vn.partydev.admission.domain.Organisation;
import vn.partydev.platform.scope.OrganisationDirectory;
import vn.partydev.platform.scope.OrganisationRef;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The organisation directory of the service that owns the tree: reads the organisation table itself, no replica. */
@Alternative
@Priority(1)
@ApplicationScoped
public class AdmissionOrganisationDirectory implements OrganisationDirectory {

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OrganisationRef> find(UUID id) {
        return Organisation.<Organisation>findByIdOptional(id).map(Organisation::ref);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganisationRef> children(UUID id) {
        return Organisation.<Organisation>list("parentId = ?1 order by code", id).stream().map(Organisation::ref).toList();
    }
}
