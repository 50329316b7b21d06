package vn.partydev.admission.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.partydev.admission.domain.ImportError;

import java.util.List;

/**
 * Imports interrupted by a restart: an import is all or nothing in one transaction, so a stop mid-import left nothing
 * written. At start-up every import still RECEIVED, VALIDATING or IMPORTING whose advisory lock nobody holds (no live
 * instance is running it) ends FAILED with a message to upload the file again, instead of showing "in progress" for ever.
 */
@ApplicationScoped
public class ImportRecovery {

    private static final Logger LOG = Logger.getLogger(ImportRecovery.class);

    static final String MESSAGE = "the service restarted while this import was waiting or running; nothing was imported"
            + " (an import is all or nothing). Upload the file again.";

    @Inject
    EntityManager entityManager;
    @Inject
    ObjectMapper json;

    void onStart(@Observes StartupEvent started) {
        int failed = failInterrupted();
        if (failed > 0) {
            LOG.warnf("%d import(s) interrupted by a restart ended FAILED", failed);
        }
    }

    /** Ends FAILED every unfinished import that no live instance holds; returns how many. */
    @Transactional
    public int failInterrupted() {
        String errors;
        try {
            errors = json.writeValueAsString(List.of(new ImportError(0, null, MESSAGE)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return entityManager.createNativeQuery("UPDATE bulk_import SET state = 'FAILED', error_count = 1, errors = :errors,"
                        + " rows_imported = 0, rows_unchanged = 0, finished_at = now()"
                        + " WHERE state IN ('RECEIVED', 'VALIDATING', 'IMPORTING')"
                        + " AND pg_try_advisory_xact_lock(" + ImportProgress.LOCK_CLASS + ", hashtext(id::text))")
                .setParameter("errors", errors).executeUpdate();
    }
}
