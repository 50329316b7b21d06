package vn.partydev.admission.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.partydev.admission.domain.ImportError;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Imports interrupted by a restart: an import is all or nothing in one transaction, so a stop mid-import left nothing
 * written. At start-up every import still RECEIVED, VALIDATING or IMPORTING whose advisory lock nobody holds (no live
 * instance is running it) ends FAILED with a message to upload the file again, instead of showing "in progress" for ever,
 * and its stored file is deleted.
 * <p>
 * After a {@code kill -9} the old backend may still hold the lock for about a second (until it notices its client is
 * gone, see {@link ImportProgress#hold}); so while an import created before this start is still held, the recovery is
 * tried again each second for {@value #RETRIES} seconds in the background. Only imports created before this start are
 * ever touched: this instance's own queued imports hold no lock yet.
 */
@ApplicationScoped
public class ImportRecovery {

    private static final Logger LOG = Logger.getLogger(ImportRecovery.class);
    private static final int RETRIES = 15;

    static final String MESSAGE = "the service restarted while this import was waiting or running; nothing was imported"
            + " (an import is all or nothing). Upload the file again.";
    private static final String UNFINISHED = "state IN ('RECEIVED', 'VALIDATING', 'IMPORTING') AND created_at < :before";

    private final ExecutorService retries = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "import-recovery");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    EntityManager entityManager;
    @Inject
    ObjectMapper json;
    @Inject
    ImportFiles files;

    void onStart(@Observes StartupEvent started) {
        OffsetDateTime before = OffsetDateTime.now();
        failInterrupted(before);
        if (stillHeld(before) > 0) {
            retries.submit(() -> retryWhileHeld(before));
        }
    }

    private void retryWhileHeld(OffsetDateTime before) {
        try {
            for (int attempt = 0; attempt < RETRIES && stillHeld(before) > 0; attempt++) {
                Thread.sleep(1000);
                failInterrupted(before);
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warnf("import recovery stopped: %s", e.getClass().getName());
        }
    }

    /** Ends FAILED every unfinished import that no live instance holds; returns how many. */
    @Transactional
    public int failInterrupted() {
        return failInterrupted(OffsetDateTime.now());
    }

    /** Ends FAILED every unfinished import created before {@code before} that no live instance holds; returns how many. */
    @Transactional
    public int failInterrupted(OffsetDateTime before) {
        String errors;
        try {
            errors = json.writeValueAsString(List.of(new ImportError(0, null, MESSAGE)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        List<?> failed = entityManager.createNativeQuery("UPDATE bulk_import SET state = 'FAILED', error_count = 1, errors = :errors,"
                        + " rows_imported = 0, rows_unchanged = 0, finished_at = now() WHERE " + UNFINISHED
                        + " AND pg_try_advisory_xact_lock(" + ImportProgress.LOCK_CLASS + ", hashtext(id::text)) RETURNING id")
                .setParameter("errors", errors).setParameter("before", before).getResultList();
        failed.forEach(id -> files.delete(UUID.fromString(id.toString())));
        if (!failed.isEmpty()) {
            LOG.warnf("%d import(s) interrupted by a restart ended FAILED", failed.size());
        }
        return failed.size();
    }

    /** Unfinished imports created before {@code before} whose lock is held (by a live instance, or a backend not yet gone). */
    @Transactional
    public int stillHeld(OffsetDateTime before) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM bulk_import WHERE " + UNFINISHED)
                .setParameter("before", before).getSingleResult()).intValue();
    }

    @PreDestroy
    void stop() {
        retries.shutdownNow();
    }
}
