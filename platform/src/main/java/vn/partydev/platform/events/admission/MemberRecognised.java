package vn.partydev.platform.events.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/**
 * The probationary member became official (chuyển Đảng chính thức), effective ceremony + 12 months (R-DATE-1). The
 * decision is recorded on its real date: {@code late} says it came after {@code decisionDue} (R-SLA-3, after any
 * extension), a breach by the deciding committee {@code decidedBy}, by {@code lateWorkingDays} working days.
 */
public record MemberRecognised(
        UUID memberId,
        UUID caseId,
        UUID cellId,
        LocalDate decidedOn,
        LocalDate officialOn,
        UUID decidedBy,
        LocalDate decisionDue,
        boolean late,
        int lateWorkingDays) implements DomainEvent {

    /** A decision known to be on time (kept for producers and tests written before the lateness fields). */
    public MemberRecognised(UUID memberId, UUID caseId, UUID cellId, LocalDate decidedOn, LocalDate officialOn) {
        this(memberId, caseId, cellId, decidedOn, officialOn, null, decidedOn, false, 0);
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
