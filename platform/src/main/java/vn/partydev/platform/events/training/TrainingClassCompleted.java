package vn.partydev.platform.events.training;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/** A class was completed: certificates were issued to those who qualified. */
public record TrainingClassCompleted(
        UUID classId,
        LocalDate completedOn,
        int certified,
        int notCertified) implements DomainEvent {

    @Override
    public String subject() {
        return classId.toString();
    }

    /** Names no organisation: the publisher passes the path it knows (the candidate's cell, the class's organiser). */
    @Override
    public List<UUID> organisations() {
        return List.of();
    }
}
