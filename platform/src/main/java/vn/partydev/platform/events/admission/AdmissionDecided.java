package vn.partydev.platform.events.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/** The deciding organisation decided to admit (quyết định kết nạp); the ceremony is due by ceremonyDue (R-SLA-2). */
public record AdmissionDecided(
        UUID candidateId,
        UUID caseId,
        UUID cellId,
        UUID decidedBy,
        LocalDate decidedOn,
        LocalDate ceremonyDue) implements DomainEvent {

    @Override
    public String subject() {
        return candidateId.toString();
    }

    @Override
    public List<UUID> organisations() {
        return DomainEvent.concerning(cellId);
    }
}
