package vn.partydev.platform.events.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/**
 * The cell voted to recognise the probationary member as official; the decision is due by decisionDue (R-SLA-3).
 * The vote is recorded on its real date: {@code late} says the cell's first recognition vote ({@code attempt} 1) came
 * after {@code voteDue} (R-SLA-3, a breach by the cell), by {@code lateWorkingDays} working days; a later attempt
 * follows a vote already held and is never late.
 */
public record RecognitionVoteAdopted(
        UUID memberId,
        UUID caseId,
        UUID cellId,
        LocalDate votedOn,
        int yes,
        int no,
        int eligible,
        LocalDate decisionDue,
        LocalDate voteDue,
        int attempt,
        boolean late,
        int lateWorkingDays) implements DomainEvent {

    /** A first vote known to be on time (kept for producers and tests written before the lateness fields). */
    public RecognitionVoteAdopted(UUID memberId, UUID caseId, UUID cellId, LocalDate votedOn, int yes, int no, int eligible,
                                  LocalDate decisionDue) {
        this(memberId, caseId, cellId, votedOn, yes, no, eligible, decisionDue, votedOn, 1, false, 0);
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
