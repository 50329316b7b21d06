package vn.partydev.platform.calendar;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * TEMPORARY stand-in for the platform-web contract (the real one reads the table working_calendar_day): Monday to
 * Friday minus the public holidays of 2025–2027 as decreed (Tết, Hùng Kings, 30/4, 1/5, 2/9 and an adjacent day).
 */
@ApplicationScoped
public class WorkingDayCalendar {

    private static final Set<LocalDate> HOLIDAYS = Set.of(
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 1, 27), LocalDate.of(2025, 1, 28), LocalDate.of(2025, 1, 29),
            LocalDate.of(2025, 1, 30), LocalDate.of(2025, 1, 31),
            LocalDate.of(2025, 4, 7), LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 1),
            LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2),
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
            LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20),
            LocalDate.of(2026, 4, 27), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2),
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 9),
            LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11),
            LocalDate.of(2027, 4, 16), LocalDate.of(2027, 4, 30), LocalDate.of(2027, 5, 3),
            LocalDate.of(2027, 9, 2), LocalDate.of(2027, 9, 3));

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !HOLIDAYS.contains(date);
    }

    public LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate date = from;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }
}
