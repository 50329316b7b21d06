package vn.partydev.platform.events.training;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.codes.TrainingKind;
import vn.partydev.platform.events.DomainEvent;

/** A training centre or committee scheduled a class. */
public record TrainingClassScheduled(
        UUID classId,
        TrainingKind kind,
        UUID organiserId,
        LocalDate startsOn,
        LocalDate endsOn,
        int capacity,
        int plannedSessions,
        boolean checkRequired,
        int minimumAttendancePercent) implements DomainEvent {

    @Override
    public String subject() {
        return classId.toString();
    }

    @Override
    public List<UUID> organisations() {
        return DomainEvent.concerning(organiserId);
    }
}
