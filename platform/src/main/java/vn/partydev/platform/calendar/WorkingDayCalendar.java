package vn.partydev.platform.calendar;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Vietnam's working days (ngày làm việc): Monday to Friday, except the public holidays and compensatory days off,
 * plus the make-up Saturdays, as held in the table {@code working_calendar_day} (seeded for 2024–2027, edited by
 * administrators in admission-service, replicated by the platform's calendar subscriber). Deadlines "within N working
 * days" are computed here.
 * <p>
 * The table is small; it is read into memory on first use and re-read after {@link #reload()} (called by the
 * subscriber when the calendar changes) or every minute.
 */
@ApplicationScoped
public class WorkingDayCalendar {

    @Inject
    AgroalDataSource dataSource;

    private volatile WorkingDays days;

    public boolean isWorkingDay(LocalDate day) {
        return days().isWorkingDay(day);
    }

    /** The {@code days}-th working day after {@code from} (see {@link WorkingDays#plusWorkingDays}). */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        return days().plusWorkingDays(from, days);
    }

    /** The working days in ({@code from}, {@code to}] (see {@link WorkingDays#workingDaysBetween}). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return days().workingDaysBetween(from, to);
    }

    /** Forgets the cached calendar; the next question re-reads the table. */
    @Scheduled(every = "1m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void reload() {
        days = null;
    }

    private WorkingDays days() {
        WorkingDays current = days;
        if (current == null) {
            current = read();
            days = current;
        }
        return current;
    }

    private WorkingDays read() {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT day, working FROM working_calendar_day");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                exceptions.put(rows.getObject("day", LocalDate.class), rows.getBoolean("working"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the working calendar", e);
        }
        return new WorkingDays(exceptions);
    }
}
