package vn.partydev.platform.events.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/** An organisation stopped existing (dissolved, or merged into its successor); its history is kept. */
public record OrganisationRetired(
        UUID organisationId,
        LocalDate retiredOn,
        UUID successorId) implements DomainEvent {

    @Override
    public String subject() {
        return organisationId.toString();
    }

    @Override
    public List<UUID> organisations() {
        return DomainEvent.concerning(organisationId, successorId);
    }
}
