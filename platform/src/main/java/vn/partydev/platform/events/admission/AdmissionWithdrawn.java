package vn.partydev.platform.events.admission;

import java.time.LocalDate;
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
}
