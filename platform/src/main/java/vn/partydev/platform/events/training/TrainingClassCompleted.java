package vn.partydev.platform.events.training;

import java.time.LocalDate;
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
}
