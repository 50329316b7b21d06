package vn.partydev.platform.events.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/**
 * The probationary member was not qualified and was struck off the roll (xóa tên). After a recognition vote this is
 * the recognition decision: {@code late} says it came after {@code decisionDue} (R-SLA-3; null when struck off during
 * probation, before any deadline), a breach by the deciding committee {@code decidedBy}, by {@code lateWorkingDays}.
 */
public record MemberStruckOff(
        UUID memberId,
        UUID caseId,
        UUID cellId,
        LocalDate decidedOn,
        UUID decidedBy,
        LocalDate decisionDue,
        boolean late,
        int lateWorkingDays) implements DomainEvent {

    /** A strike-off known to be on time (kept for producers and tests written before the lateness fields). */
    public MemberStruckOff(UUID memberId, UUID caseId, UUID cellId, LocalDate decidedOn) {
        this(memberId, caseId, cellId, decidedOn, null, null, false, 0);
    }

    @Override
    public String subject() {
        return memberId.toString();
    }

    @Override
    public List<UUID> organisations() {
        return DomainEvent.concerning(cellId);
    }
}
