package vn.partydev.admission.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.partydev.platform.calendar.WorkingDayCalendar;
import vn.partydev.platform.events.admission.WorkingCalendarChanged;
import vn.partydev.platform.outbox.Outbox;
import vn.partydev.platform.problem.BadRequest;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.zip.CRC32;

/**
 * The working calendar of a year (lịch làm việc): public holidays and compensatory days off on weekdays, make-up
 * working days on weekends. Stored in the platform's working_calendar_day table, which every deadline reads; a
 * change publishes WorkingCalendarChanged so other services apply it to their copy.
 */
@ApplicationScoped
public class CalendarAdministration {

    @Inject
    EntityManager entityManager;
    @Inject
    Outbox outbox;
    @Inject
    WorkingDayCalendar calendar;

    /** A day that differs from the Monday–Friday week, with what it is. */
    public record SpecialDay(LocalDate date, String note) {
    }

    /** A year's special days; {@code version} is a checksum of them, the year's ETag. */
    public record YearCalendar(int year, List<SpecialDay> holidays, List<SpecialDay> workingDays, long version) {
    }

    @Transactional
    public YearCalendar read(int year) {
        List<SpecialDay> holidays = new ArrayList<>();
        List<SpecialDay> working = new ArrayList<>();
        for (Object row : entityManager.createNativeQuery("SELECT day, working, note FROM working_calendar_day"
                        + " WHERE day BETWEEN :first AND :last ORDER BY day")
                .setParameter("first", LocalDate.of(year, 1, 1)).setParameter("last", LocalDate.of(year, 12, 31)).getResultList()) {
            Object[] values = (Object[]) row;
            LocalDate day = values[0] instanceof LocalDate date ? date : ((Date) values[0]).toLocalDate();
            SpecialDay special = new SpecialDay(day, (String) values[2]);
            ((Boolean) values[1] ? working : holidays).add(special);
        }
        return new YearCalendar(year, holidays, working, checksum(holidays, working));
    }

    /** Replaces the year's special days; publishes WorkingCalendarChanged when anything changed. */
    @Transactional
    public YearCalendar replace(int year, LongConsumer ifMatch, List<SpecialDay> holidays, List<SpecialDay> workingDays) {
        YearCalendar current = read(year);
        ifMatch.accept(current.version());
        List<SpecialDay> newHolidays = sorted(holidays);
        List<SpecialDay> newWorking = sorted(workingDays);
        check(year, newHolidays, newWorking);
        if (checksum(newHolidays, newWorking) == current.version()) {
            return current;
        }
        entityManager.createNativeQuery("DELETE FROM working_calendar_day WHERE day BETWEEN :first AND :last")
                .setParameter("first", LocalDate.of(year, 1, 1)).setParameter("last", LocalDate.of(year, 12, 31)).executeUpdate();
        insert(newHolidays, false);
        insert(newWorking, true);
        outbox.publish(new WorkingCalendarChanged(year, newHolidays.stream().map(SpecialDay::date).toList(),
                newWorking.stream().map(SpecialDay::date).toList()));
        return new YearCalendar(year, newHolidays, newWorking, checksum(newHolidays, newWorking));
    }

    /** Makes this service's deadlines use the new calendar (call after the change committed). */
    public void refresh() {
        calendar.reload();
    }

    private void insert(List<SpecialDay> days, boolean working) {
        for (SpecialDay day : days) {
            entityManager.createNativeQuery("INSERT INTO working_calendar_day (day, working, note) VALUES (:day, :working, :note)")
                    .setParameter("day", day.date()).setParameter("working", working).setParameter("note", day.note()).executeUpdate();
        }
    }

    private static void check(int year, List<SpecialDay> holidays, List<SpecialDay> workingDays) {
        Set<LocalDate> seen = new HashSet<>();
        for (SpecialDay day : holidays) {
            requireInYear(year, day, "holidays");
            if (isWeekend(day.date())) {
                throw new BadRequest("CALENDAR_HOLIDAY_ON_WEEKEND", day.date() + " is a " + day.date().getDayOfWeek()
                        + ", already a day off: list the weekday it is compensated on instead");
            }
            if (!seen.add(day.date())) {
                throw new BadRequest("CALENDAR_DUPLICATE_DAY", day.date() + " is listed twice");
            }
        }
        for (SpecialDay day : workingDays) {
            requireInYear(year, day, "workingDays");
            if (!isWeekend(day.date())) {
                throw new BadRequest("CALENDAR_WORKING_DAY_ON_WEEKDAY", day.date() + " is a " + day.date().getDayOfWeek()
                        + ", already a working day: make-up working days fall on a Saturday or Sunday");
            }
            if (!seen.add(day.date())) {
                throw new BadRequest("CALENDAR_DUPLICATE_DAY", day.date() + " is listed twice");
            }
        }
    }

    private static void requireInYear(int year, SpecialDay day, String list) {
        if (day.date() == null || day.date().getYear() != year) {
            throw new BadRequest("CALENDAR_WRONG_YEAR", list + " holds " + day.date() + ", which is not in " + year);
        }
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static List<SpecialDay> sorted(List<SpecialDay> days) {
        return days.stream().sorted(Comparator.comparing(SpecialDay::date, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    }

    private static long checksum(List<SpecialDay> holidays, List<SpecialDay> workingDays) {
        CRC32 crc = new CRC32();
        holidays.forEach(day -> crc.update(("H" + day.date() + day.note() + ";").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        workingDays.forEach(day -> crc.update(("W" + day.date() + day.note() + ";").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return crc.getValue();
    }
}
