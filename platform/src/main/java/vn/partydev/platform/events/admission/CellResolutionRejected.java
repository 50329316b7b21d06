package vn.partydev.platform.events.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/** A cell vote on admitting the candidate did not reach two thirds; it may be retried. */
public record CellResolutionRejected(
        UUID candidateId,
        UUID caseId,
        UUID cellId,
        LocalDate votedOn,
        int yes,
        int no,
        int eligible,
        int attempt) implements DomainEvent {

    @Override
    public String subject() {
        return candidateId.toString();
    }

    @Override
    public List<UUID> organisations() {
        return DomainEvent.concerning(cellId);
    }
}
