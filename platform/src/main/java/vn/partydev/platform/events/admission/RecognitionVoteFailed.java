package vn.partydev.platform.events.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/**
 * A vote on recognising the probationary member as official reached no two-thirds decision. {@code late} says the
 * cell's first recognition vote ({@code attempt} 1) came after {@code voteDue} (R-SLA-3, a breach by the cell), by
 * {@code lateWorkingDays} working days; a later attempt is never late.
 */
public record RecognitionVoteFailed(
        UUID memberId,
        UUID caseId,
        UUID cellId,
        LocalDate votedOn,
        int attempt,
        int yes,
        int no,
        int eligible,
        LocalDate voteDue,
        boolean late,
        int lateWorkingDays) implements DomainEvent {

    /** A vote known to be on time (kept for producers and tests written before the lateness fields). */
    public RecognitionVoteFailed(UUID memberId, UUID caseId, UUID cellId, LocalDate votedOn, int attempt, int yes, int no,
                                 int eligible) {
        this(memberId, caseId, cellId, votedOn, attempt, yes, no, eligible, votedOn, false, 0);
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
