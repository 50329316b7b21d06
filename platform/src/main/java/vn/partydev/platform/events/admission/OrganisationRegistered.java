package vn.partydev.platform.events.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.codes.OrganisationKind;
import vn.partydev.platform.events.DomainEvent;

/** A party organisation joined the tree. */
public record OrganisationRegistered(
        UUID organisationId,
        UUID parentId,
        OrganisationKind kind,
        String code,
        String name,
        String path,
        boolean mayDecideAdmission,
        Integer population,
        LocalDate validFrom) implements DomainEvent {

    @Override
    public String subject() {
        return organisationId.toString();
    }

    @Override
    public List<UUID> organisations() {
        return DomainEvent.concerning(organisationId);
    }
}
