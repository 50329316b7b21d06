package vn.partydev.platform.events.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.codes.MemberStatus;
import vn.partydev.platform.events.Demographics;
import vn.partydev.platform.events.DomainEvent;

/** A party member was put on the roll (imported or registered), with the categories rules and statistics need. */
public record MemberRegistered(
        UUID memberId,
        UUID cellId,
        UUID residentialAreaId,
        MemberStatus status,
        LocalDate entryDate,
        LocalDate officialDate,
        Demographics demographics) implements DomainEvent {

    @Override
    public String subject() {
        return memberId.toString();
    }

    @Override
    public List<UUID> organisations() {
        return DomainEvent.concerning(cellId);
    }
}
