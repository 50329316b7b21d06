package vn.partydev.platform.events.candidate;

import java.time.LocalDate;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/** The cell gave the candidate a trial task (nhiệm vụ thử thách). */
public record TrialTaskAssigned(
        UUID candidateId,
        UUID taskId,
        LocalDate assignedOn,
        LocalDate dueOn) implements DomainEvent {

    @Override
    public String subject() {
        return candidateId.toString();
    }
}
