package vn.partydev.platform.events.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/** The probationary member was not qualified and was struck off the roll (xóa tên). */
public record MemberStruckOff(
        UUID memberId,
        UUID caseId,
        UUID cellId,
        LocalDate decidedOn) implements DomainEvent {

    @Override
    public String subject() {
        return memberId.toString();
    }

    @Override
    public List<UUID> organisations() {
        return DomainEvent.concerning(cellId);
    }
}
