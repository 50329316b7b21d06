package vn.partydev.reporting.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import vn.partydev.platform.calendar.WorkingCalendarReplicaChanged;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the funnel's durations in working days in step with the working calendar. Each generation records the version
 * of the calendar its working-day ordinals were computed from; when the calendar changes (an administrator's
 * {@code WorkingCalendarChanged}, applied by the platform), the active generation's ordinals and the durations across a
 * changed day are recomputed while holding the pointer row, so live writers wait and then count with the new days.
 * Checked at start-up as well (a recomputation interrupted by a stop), at a rebuild's switch-over and every 10 minutes
 * (one that failed).
 */
@ApplicationScoped
public class WorkingCalendarDurations {

    private static final Logger LOG = Logger.getLogger(WorkingCalendarDurations.class);
    /** Above this many cells, recomputing every duration in bulk is quicker than cell by cell. */
    private static final int CELLS_ONE_BY_ONE = 2_000;
    /** The first and last day whose working status differs between the previous ordinals and the new ones (all, if none). */
    private static final String CHANGED_DAYS = """
            SELECT min(day), max(day) FROM (
                SELECT n.day, (n.ordinal - lag(n.ordinal) OVER w) IS DISTINCT FROM (o.ordinal - lag(o.ordinal) OVER w) AS changed
                FROM working_day n LEFT JOIN previous_working_day o ON o.day = n.day WINDOW w AS (ORDER BY n.day)) d
            WHERE changed
            """;
    /** The cells with a duration whose span (from the earlier day, exclusive, to the later, inclusive) meets the changed days. */
    private static final String CELLS_WITH_DURATIONS_ACROSS = "SELECT DISTINCT p.cell_id FROM person p " + FunnelReport.Stage.STEPS
            + " WHERE p.cell_id IS NOT NULL AND least(s.earlier, s.later) < ? AND greatest(s.earlier, s.later) >= ?";

    @Inject
    ReadModels readModels;

    void onStart(@Observes StartupEvent event) {
        bringUpToDate();
    }

    void onChange(@ObservesAsync WorkingCalendarReplicaChanged change) {
        bringUpToDateOrLog();
    }

    /** A safety net: a recomputation that failed (the database was unreachable) is done at the next check. */
    @Scheduled(every = "10m", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void periodically() {
        bringUpToDateOrLog();
    }

    /** Recomputes the active generation's durations if the calendar changed since they were computed. */
    public void bringUpToDate() {
        if (!QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = readModels.active(false)) {
                return stale(connection);
            }
        })) {
            return;
        }
        QuarkusTransaction.requiringNew().timeout(3_600).run(() -> {
            try (Connection connection = readModels.activeExclusively()) {
                bringUpToDate(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("the reporting database is unavailable", e);
            }
        });
    }

    private void bringUpToDateOrLog() {
        try {
            bringUpToDate();
        } catch (RuntimeException e) {
            LOG.errorf("The funnel's durations could not follow the working calendar (%s); the next check (within 10 minutes) tries again",
                    e.getMessage());
        }
    }

    private static boolean stale(Connection connection) {
        return SqlStatements.one(connection, "SELECT calendar IS DISTINCT FROM working_calendar_version() FROM projection_state",
                row -> row.getBoolean(1));
    }

    /**
     * The same on a connection whose search_path is a generation, in a transaction that holds the pointer row. Only the
     * durations across a changed day can change: those of a few cells are recomputed cell by cell (a year announced
     * ahead changes none), more in bulk.
     */
    static void bringUpToDate(Connection connection) {
        if (!stale(connection)) {
            return;
        }
        long started = System.nanoTime();
        SqlStatements.update(connection, "CREATE TEMP TABLE previous_working_day ON COMMIT DROP AS SELECT day, ordinal FROM working_day");
        SqlStatements.one(connection, "SELECT fill_working_days()", row -> null);
        LocalDate[] changed = SqlStatements.one(connection, CHANGED_DAYS,
                row -> new LocalDate[] {row.getObject(1, LocalDate.class), row.getObject(2, LocalDate.class)});
        SqlStatements.update(connection, "DROP TABLE previous_working_day");
        List<UUID> cells = changed[0] == null ? List.of()
                : SqlStatements.list(connection, CELLS_WITH_DURATIONS_ACROSS, row -> row.getObject(1, UUID.class), changed[1], changed[0]);
        boolean bulk = cells.size() > CELLS_ONE_BY_ONE;
        if (bulk) {
            Aggregates.durations(connection);
        } else {
            cells.forEach(cell -> Aggregates.durations(connection, cell));
        }
        LOG.infof("The working calendar changed (%s to %s): funnel durations of %d cell(s) recomputed%s in %d ms", changed[0], changed[1],
                cells.size(), bulk ? " in bulk" : "", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }
}
