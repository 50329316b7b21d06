package vn.partydev.platform.events.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/** The grassroots committee voted to admit the candidate (R-VOTE-2). */
public record CommitteeResolutionAdopted(
        UUID candidateId,
        UUID caseId,
        UUID committeeId,
        LocalDate votedOn,
        int yes,
        int no,
        int members) implements DomainEvent {

    @Override
    public String subject() {
        return candidateId.toString();
    }

    @Override
    public List<UUID> organisations() {
        return DomainEvent.concerning(committeeId);
    }
}
