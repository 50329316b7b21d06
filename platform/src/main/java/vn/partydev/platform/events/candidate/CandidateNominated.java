package vn.partydev.platform.events.candidate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.codes.NominationSource;
import vn.partydev.platform.events.Demographics;
import vn.partydev.platform.events.DomainEvent;

/** A mass organisation (or the cell itself) nominated an outstanding person (quần chúng ưu tú) to a cell. */
public record CandidateNominated(
        UUID candidateId,
        UUID cellId,
        UUID residentialAreaId,
        LocalDate nominatedOn,
        NominationSource source,
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
