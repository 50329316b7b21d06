package vn.partydev.admission.domain;

import java.time.LocalDate;

/**
 * What deadline arithmetic needs from the working-day calendar: the service passes the platform
 * {@code WorkingDayCalendar::plusWorkingDays}, so the rules stay pure and testable with any holiday data.
 */
@FunctionalInterface
public interface WorkingDays {

    /** The date {@code days} working days after {@code from} (day 1 is the first working day after it). */
    LocalDate plusWorkingDays(LocalDate from, int days);

    /** The working days after {@code from} up to and including {@code to} (0 when {@code to} is not after it). */
    default int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate next = plusWorkingDays(from, 1); !next.isAfter(to); next = plusWorkingDays(next, 1)) {
            count++;
        }
        return count;
    }
}
