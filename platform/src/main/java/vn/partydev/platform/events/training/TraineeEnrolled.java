package vn.partydev.platform.events.training;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.codes.TrainingKind;
import vn.partydev.platform.events.DomainEvent;

/** A candidate or probationary member was enrolled in a class. */
public record TraineeEnrolled(
        UUID personId,
        UUID classId,
        TrainingKind kind,
        LocalDate enrolledOn) implements DomainEvent {

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
