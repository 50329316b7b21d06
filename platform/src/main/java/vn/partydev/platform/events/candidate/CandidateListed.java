package vn.partydev.platform.events.candidate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/** The cell resolved to put the candidate on its list (danh sách cảm tình Đảng). */
public record CandidateListed(
        UUID candidateId,
        UUID cellId,
        LocalDate resolutionDate) implements DomainEvent {

    @Override
    public String subject() {
        return candidateId.toString();
    }

    @Override
    public List<UUID> organisations() {
        return DomainEvent.concerning(cellId);
    }
}
