package vn.partydev.platform.events.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/** A member moved from one cell to another. */
public record MemberTransferred(
        UUID memberId,
        UUID fromCellId,
        UUID toCellId,
        LocalDate transferredOn) implements DomainEvent {

    @Override
    public String subject() {
        return memberId.toString();
    }

    @Override
    public List<UUID> organisations() {
        return DomainEvent.concerning(fromCellId, toCellId);
    }
}
