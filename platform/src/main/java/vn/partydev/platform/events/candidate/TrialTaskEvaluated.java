package vn.partydev.platform.events.candidate;

import java.time.LocalDate;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/** A trial task was evaluated. */
public record TrialTaskEvaluated(
        UUID candidateId,
        UUID taskId,
        LocalDate evaluatedOn,
        TrialTaskResult result) implements DomainEvent {

    @Override
    public String subject() {
        return candidateId.toString();
    }

    /** How the trial task was carried out. */
    public enum TrialTaskResult {
        EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED
    }
}
