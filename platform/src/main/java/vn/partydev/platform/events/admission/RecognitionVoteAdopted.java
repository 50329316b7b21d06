package vn.partydev.platform.events.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/** The cell voted to recognise the probationary member as official; the decision is due by decisionDue (R-SLA-3). */
public record RecognitionVoteAdopted(
        UUID memberId,
        UUID caseId,
        UUID cellId,
        LocalDate votedOn,
        int yes,
        int no,
        int eligible,
        LocalDate decisionDue) implements DomainEvent {

    @Override
    public String subject() {
        return memberId.toString();
    }

    @Override
    public List<UUID> organisations() {
        return DomainEvent.concerning(cellId);
    }
}
