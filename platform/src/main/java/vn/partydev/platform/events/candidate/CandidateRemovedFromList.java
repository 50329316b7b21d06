package vn.partydev.platform.events.candidate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/** The candidate left the cell's list; the reason is a code, the free-text explanation stays in the service. */
public record CandidateRemovedFromList(
        UUID candidateId,
        UUID cellId,
        LocalDate removedOn,
        RemovalReason reason) implements DomainEvent {

    @Override
    public String subject() {
        return candidateId.toString();
    }

    /** Why a candidate left the list. */
    public enum RemovalReason {
        NOT_QUALIFIED, REQUESTED_BY_PERSON, MOVED_AWAY, DECEASED, OTHER
    }

    @Override
    public List<UUID> organisations() {
        return DomainEvent.concerning(cellId);
    }
}
