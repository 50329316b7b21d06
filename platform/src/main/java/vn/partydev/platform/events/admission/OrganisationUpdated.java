package vn.partydev.platform.events.admission;

import java.util.List;
import java.util.UUID;
import vn.partydev.platform.codes.OrganisationKind;
import vn.partydev.platform.events.DomainEvent;

/** An organisation changed; carries its whole current state (a move changes the path of every descendant, each published). */
public record OrganisationUpdated(
        UUID organisationId,
        UUID parentId,
        OrganisationKind kind,
        String code,
        String name,
        String path,
        boolean mayDecideAdmission,
        Integer population) implements DomainEvent {

    @Override
    public String subject() {
        return organisationId.toString();
    }

    @Override
    public List<UUID> organisations() {
        return DomainEvent.concerning(organisationId);
    }
}
