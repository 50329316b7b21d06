package vn.partydev.platform.events.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/** The cell voted to admit the candidate (R-VOTE-1); the decision is due by decisionDue (R-SLA-1). */
public record CellResolutionAdopted(
        UUID candidateId,
        UUID caseId,
        UUID cellId,
        LocalDate votedOn,
        int yes,
        int no,
        int eligible,
        LocalDate decisionDue) implements DomainEvent {

    @Override
    public String subject() {
        return candidateId.toString();
    }

    @Override
    public List<UUID> organisations() {
        return DomainEvent.concerning(cellId);
    }
}
