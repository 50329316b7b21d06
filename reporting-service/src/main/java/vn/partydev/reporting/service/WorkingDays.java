package vn.partydev.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days between two dates, for stage durations and days overdue. Counts Monday to Friday until the
 * platform's {@code calendar.WorkingDayCalendar} (which knows the public holidays) is available on main; then
 * this class delegates to it.
 */
@ApplicationScoped
public class WorkingDays {

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public int between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -between(to, from);
        }
        int days = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return days;
    }
}
