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
}
