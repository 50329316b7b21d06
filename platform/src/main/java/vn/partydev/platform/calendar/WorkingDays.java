package vn.partydev.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Working-day arithmetic over Monday–Friday weeks with exceptions: days off on weekdays (public holidays, Tết and
 * their compensatory days) and working weekend days (make-up Saturdays). Pure and immutable; the data come from
 * {@link WorkingDayCalendar}.
 */
public final class WorkingDays {

    /** Far enough for any deadline of the domain, and a guard against loops over absurd inputs. */
    private static final int MAX_SPAN_DAYS = 366 * 50;

    private final Map<LocalDate, Boolean> exceptions;

    /** @param exceptions the days that differ from Monday–Friday: {@code true} = working, {@code false} = day off */
    public WorkingDays(Map<LocalDate, Boolean> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean exception = exceptions.get(day);
        if (exception != null) {
            return exception;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /**
     * The day on which {@code days} working days after {@code from} have passed: the {@code days}-th working day
     * after {@code from} ({@code from} itself not counted). Zero gives {@code from}; a negative count goes back.
     */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        Objects.requireNonNull(from, "from");
        int step = days >= 0 ? 1 : -1;
        int remaining = Math.abs(days);
        LocalDate day = from;
        int walked = 0;
        while (remaining > 0) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                remaining--;
            }
            if (++walked > MAX_SPAN_DAYS) {
                throw new IllegalArgumentException("working days span more than 50 years: " + days);
            }
        }
        return day;
    }

    /**
     * The working days after {@code from} up to and including {@code to}; negative when {@code to} is before
     * {@code from}. So {@code plusWorkingDays(from, workingDaysBetween(from, to))} is the last working day ≤ {@code to}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        if (from.until(to, java.time.temporal.ChronoUnit.DAYS) > MAX_SPAN_DAYS) {
            throw new IllegalArgumentException("the span is longer than 50 years");
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
