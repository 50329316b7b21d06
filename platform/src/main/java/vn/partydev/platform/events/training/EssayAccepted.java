package vn.partydev.platform.events.training;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/** The essay a trainee wrote after a failed check was accepted; the trainee may be re-examined. */
public record EssayAccepted(
        UUID personId,
        UUID classId,
        LocalDate acceptedOn) implements DomainEvent {

    @Override
    public String subject() {
        return personId.toString();
    }

    /** Names no organisation: the publisher passes the path it knows (the candidate's cell, the class's organiser). */
    @Override
    public List<UUID> organisations() {
        return List.of();
    }
}
