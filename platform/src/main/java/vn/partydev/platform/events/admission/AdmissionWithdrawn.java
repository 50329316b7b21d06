package vn.partydev.platform.events.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/** The case was withdrawn. */
public record AdmissionWithdrawn(
        UUID candidateId,
        UUID caseId,
        UUID cellId,
        LocalDate withdrawnOn) implements DomainEvent {

    @Override
    public String subject() {
        return candidateId.toString();
    }

    @Override
    public List<UUID> organisations() {
        return DomainEvent.concerning(cellId);
    }
}
