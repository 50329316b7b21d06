package vn.partydev.platform.events.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/** An admission case (hồ sơ kết nạp) was opened for a certified candidate on a cell list. */
public record AdmissionCaseOpened(
        UUID candidateId,
        UUID caseId,
        UUID cellId,
        LocalDate openedOn,
        String ruleSet) implements DomainEvent {

    @Override
    public String subject() {
        return candidateId.toString();
    }

    @Override
    public List<UUID> organisations() {
        return DomainEvent.concerning(cellId);
    }
}
