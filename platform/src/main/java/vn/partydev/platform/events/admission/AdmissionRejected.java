package vn.partydev.platform.events.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/** The case was rejected at a vote or at the decision. */
public record AdmissionRejected(
        UUID candidateId,
        UUID caseId,
        UUID cellId,
        LocalDate rejectedOn,
        AdmissionStage stage) implements DomainEvent {

    @Override
    public String subject() {
        return candidateId.toString();
    }

    /** Where in the procedure a case ended. */
    public enum AdmissionStage {
        CELL_VOTE, COMMITTEE_VOTE, DECISION, VERIFICATION, OTHER
    }

    @Override
    public List<UUID> organisations() {
        return DomainEvent.concerning(cellId);
    }
}
