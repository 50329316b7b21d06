package vn.partydev.reporting.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the funnel's durations in working days in step with the working calendar. Each generation records the version
 * of the calendar its working-day ordinals were computed from; when the calendar changes (an administrator's
 * {@code WorkingCalendarChanged}, applied by the platform), the active generation takes the new ordinals and notes the
 * cells with a duration across a changed day ({@code duration_recount}) while holding the pointer row — seconds, not the
 * recount — and those cells are then recounted in the background a chunk at a time, beside the live projection, which
 * recounts first any of them its batch touches. Reports say so while cells wait. Checked at start-up as well (a
 * correction interrupted by a stop), at a rebuild's switch-over (there, recounted at once) and every 10 minutes.
 */
@ApplicationScoped
public class WorkingCalendarDurations {

    private static final Logger LOG = Logger.getLogger(WorkingCalendarDurations.class);
    /** Above this many cells, recomputing every duration in bulk is quicker than recounting the cells (a switch-over). */
    private static final int CELLS_ONE_BY_ONE = 2_000;
    /** Cells recounted per background transaction: each a fraction of a second, so live batches wait on none for long. */
    private static final int CELLS_PER_RECOUNT = 1_000;
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

    private final ExecutorService recounter = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "working-calendar-recount");
        thread.setDaemon(true);
        return thread;
    });

    void onStart(@Observes StartupEvent event) {
        takeNewWorkingDays();
        recounter.execute(this::recountOrLog);
    }

    void onChange(@ObservesAsync WorkingCalendarReplicaChanged change) {
        try {
            takeNewWorkingDays();
        } catch (RuntimeException e) {
            LOG.errorf("The new working calendar could not be taken (%s); the next check (within 10 minutes) tries again", e.getMessage());
        }
        recounter.execute(this::recountOrLog);
    }

    @PreDestroy
    void stop() {
        recounter.shutdownNow();
    }

    /** A safety net: a correction that failed (the database was unreachable) is done at the next check. */
    @Scheduled(every = "10m", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void periodically() {
        onChange(null);
    }

    /** Brings the active generation's durations up to date with the calendar and returns when every cell is recounted. */
    public void bringUpToDate() {
        takeNewWorkingDays();
        recount();
    }

    /** The new working days and the cells to recount, if the calendar changed, while live writers wait. */
    private void takeNewWorkingDays() {
        if (!QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = readModels.active(false)) {
                return stale(connection);
            }
        })) {
            return;
        }
        QuarkusTransaction.requiringNew().timeout(600).run(() -> {
            try (Connection connection = readModels.activeExclusively()) {
                takeNewWorkingDays(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("the reporting database is unavailable", e);
            }
        });
    }

    /** Recounts the waiting cells a chunk at a time, each chunk in its own transaction beside the live projection. */
    private void recount() {
        long started = System.nanoTime();
        long cells = 0;
        int done;
        do {
            done = QuarkusTransaction.requiringNew().timeout(600).call(() -> {
                try (Connection connection = readModels.active(true)) {
                    return recountSome(connection, CELLS_PER_RECOUNT);
                } catch (SQLException e) {
                    throw new IllegalStateException("the reporting database is unavailable", e);
                }
            });
            cells += done;
        } while (done > 0);
        if (cells > 0) {
            LOG.infof("Funnel durations of %d cell(s) recounted with the new working calendar in %d ms", cells,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        }
    }

    private void recountOrLog() {
        try {
            recount();
        } catch (RuntimeException e) {
            LOG.errorf("The funnel's durations could not follow the working calendar (%s); the next check (within 10 minutes) tries again",
                    e.getMessage());
        }
    }

    /** Recounts up to {@code limit} waiting cells no other transaction is recounting; returns how many. */
    static int recountSome(Connection connection, int limit) {
        List<UUID> cells = SqlStatements.list(connection, "DELETE FROM duration_recount WHERE cell_id IN "
                + "(SELECT cell_id FROM duration_recount LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING cell_id", row -> row.getObject(1, UUID.class), limit);
        if (!cells.isEmpty()) {
            Aggregates.recountDurations(connection, SqlStatements.uuids(connection, cells));
        }
        return cells.size();
    }

    private static boolean stale(Connection connection) {
        return SqlStatements.one(connection, "SELECT calendar IS DISTINCT FROM working_calendar_version() FROM projection_state",
                row -> row.getBoolean(1));
    }

    /** How many cells still count the working days of a corrected calendar (0 but while a correction is recounted). */
    static long waitingCells(Connection connection) {
        return SqlStatements.count(connection, "SELECT count(*) FROM duration_recount");
    }

    /**
     * On a connection whose search_path is a generation, in a transaction that holds the pointer row: the new working-day
     * ordinals, and the cells with a duration across a changed day noted for a recount (a year announced ahead has none).
     */
    static void takeNewWorkingDays(Connection connection) {
        if (!stale(connection)) {
            return;
        }
        SqlStatements.update(connection, "CREATE TEMP TABLE previous_working_day ON COMMIT DROP AS SELECT day, ordinal FROM working_day");
        SqlStatements.one(connection, "SELECT fill_working_days()", row -> null);
        LocalDate[] changed = SqlStatements.one(connection, CHANGED_DAYS,
                row -> new LocalDate[] {row.getObject(1, LocalDate.class), row.getObject(2, LocalDate.class)});
        SqlStatements.update(connection, "DROP TABLE previous_working_day");
        int cells = changed[0] == null ? 0 : SqlStatements.update(connection, "INSERT INTO duration_recount (cell_id) " + CELLS_WITH_DURATIONS_ACROSS
                + " ON CONFLICT DO NOTHING", changed[1], changed[0]);
        LOG.infof("The working calendar changed (%s to %s): the funnel durations of %d cell(s) are to be recounted", changed[0], changed[1], cells);
    }

    /**
     * The same at once, on a generation about to be switched to (a rebuild's, in the switch-over's transaction): every
     * waiting cell recounted, or every duration recomputed in bulk when that is quicker.
     */
    static void bringUpToDate(Connection connection) {
        takeNewWorkingDays(connection);
        if (waitingCells(connection) > CELLS_ONE_BY_ONE) {
            SqlStatements.update(connection, "TRUNCATE duration_recount");
            Aggregates.durations(connection);
        } else {
            recountSome(connection, Integer.MAX_VALUE);
        }
    }
}
