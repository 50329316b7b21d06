package vn.partydev.platform.events.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/** After three inconclusive recognition votes the case went to the superior committee (R-VOTE-3). */
public record RecognitionEscalated(
        UUID memberId,
        UUID caseId,
        UUID cellId,
        UUID escalatedTo,
        LocalDate escalatedOn) implements DomainEvent {

    @Override
    public String subject() {
        return memberId.toString();
    }

    @Override
    public List<UUID> organisations() {
        return DomainEvent.concerning(cellId);
    }
}
