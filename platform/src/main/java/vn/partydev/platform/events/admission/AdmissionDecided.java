package vn.partydev.platform.events.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/**
 * The deciding organisation decided to admit (quyết định kết nạp); the ceremony is due by ceremonyDue (R-SLA-2).
 * The decision is recorded on its real date: {@code late} says it came after {@code decisionDue} (R-SLA-1, after any
 * extension), a breach by the deciding committee {@code decidedBy}, by {@code lateWorkingDays} working days.
 */
public record AdmissionDecided(
        UUID candidateId,
        UUID caseId,
        UUID cellId,
        UUID decidedBy,
        LocalDate decidedOn,
        LocalDate ceremonyDue,
        LocalDate decisionDue,
        boolean late,
        int lateWorkingDays) implements DomainEvent {

    /** A decision known to be on time (kept for producers and tests written before the lateness fields). */
    public AdmissionDecided(UUID candidateId, UUID caseId, UUID cellId, UUID decidedBy, LocalDate decidedOn, LocalDate ceremonyDue) {
        this(candidateId, caseId, cellId, decidedBy, decidedOn, ceremonyDue, decidedOn, false, 0);
    }

    @Override
    public String subject() {
        return candidateId.toString();
    }

    @Override
    public List<UUID> organisations() {
        return DomainEvent.concerning(cellId);
    }
}
