package vn.partydev.platform.events.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/** A grassroots committee vote did not reach two thirds. */
public record CommitteeResolutionRejected(
        UUID candidateId,
        UUID caseId,
        UUID committeeId,
        LocalDate votedOn,
        int yes,
        int no,
        int members,
        int attempt) implements DomainEvent {

    @Override
    public String subject() {
        return candidateId.toString();
    }

    @Override
    public List<UUID> organisations() {
        return DomainEvent.concerning(committeeId);
    }
}
