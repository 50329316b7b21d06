package vn.partydev.admission.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.partydev.admission.domain.BulkImport;
import vn.partydev.admission.domain.ImportError;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Progress of an import, each update committed on its own so that GET /imports/{id} shows it while the file runs. */
@ApplicationScoped
public class ImportProgress {

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void state(UUID id, BulkImport.State state) {
        BulkImport.<BulkImport>findById(id).state = state;
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
