package vn.partydev.training.service;

import java.time.LocalDate;
import java.util.UUID;
import vn.partydev.platform.codes.TrainingKind;

/** What scheduling a class needs; null {@code checkRequired} and {@code minimumAttendancePercent} take defaults. */
public record ScheduleClass(
        TrainingKind kind,
        UUID organiserId,
        String title,
        LocalDate startsOn,
        LocalDate endsOn,
        int capacity,
        int plannedSessions,
        Boolean checkRequired,
        Integer minimumAttendancePercent) {
}
