package vn.partydev.platform.inbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import vn.partydev.platform.calendar.WorkingCalendarReplicaChanged;
import vn.partydev.platform.calendar.WorkingDayCalendar;
import vn.partydev.platform.events.admission.WorkingCalendarChanged;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * Keeps {@code working_calendar_day} from {@code WorkingCalendarChanged}: the event carries a whole year, which
 * replaces every stored day of that year (holidays as non-working days, make-up weekend days as working days).
 * Once committed, the calendar is re-read and {@link WorkingCalendarReplicaChanged} is fired, asynchronously, for what a
 * service derives from it (reporting recomputes its durations: work that must not hold the consumer). Idle where the
 * admission topic is not consumed.
 */
@ApplicationScoped
public class WorkingCalendarSubscriber implements EventSubscriber {

    private static final String CLEAR_YEAR = "DELETE FROM working_calendar_day WHERE day >= ? AND day < ?";
    private static final String PUT_DAY = """
            INSERT INTO working_calendar_day (day, working) VALUES (?, ?)
            ON CONFLICT (day) DO UPDATE SET working = EXCLUDED.working""";

    private final InboxConfig config;
    private final AgroalDataSource dataSource;
    private final WorkingDayCalendar calendar;
    private final AfterCommit afterCommit;
    private final Event<WorkingCalendarReplicaChanged> replicaChanged;

    public WorkingCalendarSubscriber(InboxConfig config, AgroalDataSource dataSource, WorkingDayCalendar calendar,
                                     AfterCommit afterCommit, Event<WorkingCalendarReplicaChanged> replicaChanged) {
        this.config = config;
        this.dataSource = dataSource;
        this.calendar = calendar;
        this.afterCommit = afterCommit;
        this.replicaChanged = replicaChanged;
    }

    @Override
    public String name() {
        return "platform-working-calendar";
    }

    @Override
    public void subscribe(EventRoutes routes) {
        if (config.consumes(AdmissionTopic.NAME)) {
            routes.on(WorkingCalendarChanged.class, (event, meta) -> {
                replaceYear(event);
                // deadlines use the new days as soon as they are committed, not at the next periodic re-read
                afterCommit.run(() -> {
                    calendar.reload();
                    replicaChanged.fireAsync(new WorkingCalendarReplicaChanged(event.year()));
                });
            });
        }
    }

    private void replaceYear(WorkingCalendarChanged event) {
        LocalDate first = LocalDate.of(event.year(), 1, 1);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement clear = connection.prepareStatement(CLEAR_YEAR)) {
                clear.setObject(1, first);
                clear.setObject(2, first.plusYears(1));
                clear.executeUpdate();
            }
            try (PreparedStatement put = connection.prepareStatement(PUT_DAY)) {
                addDays(put, event.year(), event.holidays(), false);
                addDays(put, event.year(), event.workingWeekends(), true);
                put.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update the working calendar of " + event.year(), e);
        }
    }

    private static void addDays(PreparedStatement put, int year, List<LocalDate> days, boolean working) throws SQLException {
        for (LocalDate day : days == null ? List.<LocalDate>of() : days) {
            if (day.getYear() != year) {
                throw new IllegalArgumentException(day + " is not in " + year);
            }
            put.setObject(1, day);
            put.setBoolean(2, working);
            put.addBatch();
        }
    }
}
