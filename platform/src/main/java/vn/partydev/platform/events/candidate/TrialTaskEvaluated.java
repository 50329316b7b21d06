package vn.partydev.platform.events.candidate;

import java.time.LocalDate;
import java.util.List;
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

    /** Names no organisation: the publisher passes the path it knows (the candidate's cell, the class's organiser). */
    @Override
    public List<UUID> organisations() {
        return List.of();
    }
}
