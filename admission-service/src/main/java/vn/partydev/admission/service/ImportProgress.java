package vn.partydev.admission.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.partydev.admission.domain.BulkImport;
import vn.partydev.admission.domain.ImportError;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Progress of an import, each update committed on its own so that GET /imports/{id} shows it while the file runs. */
@ApplicationScoped
public class ImportProgress {

    /** The first key of the PostgreSQL advisory lock a running import holds (the second is a hash of its id). */
    static final int LOCK_CLASS = 5151;
    /** How often the backend of a running import checks that its client (this service) is still there. */
    static final int CLIENT_CHECK_MILLIS = 1000;

    @Inject
    ObjectMapper json;
    @Inject
    EntityManager entityManager;

    /** Starts a received import (RECEIVED → VALIDATING); false when it is no longer waiting (failed by {@link ImportRecovery}). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(UUID id) {
        return BulkImport.update("state = ?1 where id = ?2 and state = ?3", BulkImport.State.VALIDATING, id,
                BulkImport.State.RECEIVED) == 1;
    }

    /**
     * Inside the import's transaction: takes the advisory lock that tells {@link ImportRecovery} the import is alive (it
     * holds until the transaction ends), then answers whether the import is still to run.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean hold(UUID id) {
        // A killed service's backend would otherwise run (or wait inside) its long INSERT to the end, holding the lock
        // while the restarted service's recovery looks: with this, PostgreSQL polls the socket and aborts within ~1 s.
        entityManager.createNativeQuery("SET LOCAL client_connection_check_interval = '" + CLIENT_CHECK_MILLIS + "ms'").executeUpdate();
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(" + LOCK_CLASS + ", hashtext(CAST(:id AS text)))")
                .setParameter("id", id.toString()).getSingleResult();
        Object state = entityManager.createNativeQuery("SELECT state FROM bulk_import WHERE id = :id")
                .setParameter("id", id).getSingleResult();
        return !BulkImport.State.FAILED.name().equals(state);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void read(UUID id, int rowsRead) {
        BulkImport.<BulkImport>findById(id).rowsRead = rowsRead;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void validated(UUID id, int rowsRead, int rowsValid) {
        BulkImport bulkImport = BulkImport.findById(id);
        bulkImport.rowsRead = rowsRead;
        bulkImport.rowsValid = rowsValid;
        bulkImport.state = BulkImport.State.IMPORTING;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(UUID id, int rowsRead, int rowsValid, int errorCount, List<ImportError> errors) {
        BulkImport bulkImport = BulkImport.findById(id);
        bulkImport.state = BulkImport.State.FAILED;
        bulkImport.rowsRead = rowsRead;
        bulkImport.rowsValid = rowsValid;
        bulkImport.rowsImported = 0;
        bulkImport.rowsUnchanged = 0;
        bulkImport.errorCount = errorCount;
        try {
            bulkImport.errors = json.writeValueAsString(errors);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        bulkImport.finishedAt = OffsetDateTime.now();
    }

    /** Written inside the import's own transaction, so "COMPLETED" is visible exactly when the rows are. */
    public void completed(UUID id, int rowsRead, int imported, int unchanged) {
        BulkImport bulkImport = BulkImport.findById(id);
        bulkImport.state = BulkImport.State.COMPLETED;
        bulkImport.rowsRead = rowsRead;
        bulkImport.rowsValid = rowsRead;
        bulkImport.rowsImported = imported;
        bulkImport.rowsUnchanged = unchanged;
        bulkImport.finishedAt = OffsetDateTime.now();
    }
}
