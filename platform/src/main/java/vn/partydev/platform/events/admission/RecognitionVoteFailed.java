package vn.partydev.platform.events.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/** A vote on recognising the probationary member as official reached no two-thirds decision. */
public record RecognitionVoteFailed(
        UUID memberId,
        UUID caseId,
        UUID cellId,
        LocalDate votedOn,
        int attempt,
        int yes,
        int no,
        int eligible) implements DomainEvent {

    @Override
    public String subject() {
        return memberId.toString();
    }

    @Override
    public List<UUID> organisations() {
        return DomainEvent.concerning(cellId);
    }
}
