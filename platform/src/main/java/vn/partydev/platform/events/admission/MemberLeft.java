package vn.partydev.platform.events.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/** A member left the roll. */
public record MemberLeft(
        UUID memberId,
        UUID cellId,
        LocalDate leftOn,
        LeaveReason reason) implements DomainEvent {

    @Override
    public String subject() {
        return memberId.toString();
    }

    /** Why a member left the roll. */
    public enum LeaveReason {
        DECEASED, RESIGNED, EXPELLED, REMOVED, OTHER
    }

    @Override
    public List<UUID> organisations() {
        return DomainEvent.concerning(cellId);
    }
}
