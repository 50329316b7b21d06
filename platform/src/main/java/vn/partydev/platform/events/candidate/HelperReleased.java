package vn.partydev.platform.events.candidate;

import java.time.LocalDate;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/** A helping member was released from helping the candidate. */
public record HelperReleased(
        UUID candidateId,
        UUID helperMemberId,
        LocalDate releasedOn) implements DomainEvent {

    @Override
    public String subject() {
        return candidateId.toString();
    }
}
