package vn.partydev.platform.events.candidate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.events.Demographics;
import vn.partydev.platform.events.DomainEvent;

/** A category relevant to rules or statistics changed on the candidate's record; carries the current values. */
public record CandidateProfileChanged(
        UUID candidateId,
        UUID cellId,
        UUID residentialAreaId,
        LocalDate changedOn,
        Demographics demographics) implements DomainEvent {

    @Override
    public String subject() {
        return candidateId.toString();
    }

    @Override
    public List<UUID> organisations() {
        return DomainEvent.concerning(cellId);
    }
}
