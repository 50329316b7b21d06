package vn.partydev.platform.events.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/** The probationary member became official (chuyển Đảng chính thức), effective ceremony + 12 months (R-DATE-1). */
public record MemberRecognised(
        UUID memberId,
        UUID caseId,
        UUID cellId,
        LocalDate decidedOn,
        LocalDate officialOn) implements DomainEvent {

    @Override
    public String subject() {
        return memberId.toString();
    }

    @Override
    public List<UUID> organisations() {
        return DomainEvent.concerning(cellId);
    }
}
