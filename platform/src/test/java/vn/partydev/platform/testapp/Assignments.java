package vn.partydev.platform.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.partydev.platform.events.DomainEvent;
import vn.partydev.platform.events.candidate.HelperAssigned;
import vn.partydev.platform.outbox.Outbox;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The use case: a state change and its event in one transaction. */
@ApplicationScoped
public class Assignments {

    private final Outbox outbox;

    public Assignments(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public HelperAssigned assign(UUID candidateId, UUID helperMemberId, LocalDate assignedOn) {
        Assignment assignment = new Assignment();
        assignment.id = UUID.randomUUID();
        assignment.candidateId = candidateId;
        assignment.helperMemberId = helperMemberId;
        assignment.assignedOn = assignedOn;
        assignment.persist();
        HelperAssigned event = new HelperAssigned(candidateId, helperMemberId, assignedOn);
        outbox.publish(event);
        return event;
    }

    /** Records any event, with the organisation paths its publisher knows (for the scoped feed). */
    @Transactional
    public void publish(DomainEvent event, List<String> organisationPaths) {
        outbox.publish(event, organisationPaths);
    }

    /** Writes the same, then fails: nothing of it may remain or be published. */
    @Transactional
    public void assignThenFail(UUID candidateId, UUID helperMemberId, LocalDate assignedOn) {
        assign(candidateId, helperMemberId, assignedOn);
        throw new IllegalStateException("the use case failed after writing");
    }
}
