package vn.partydev.admission.service;

import vn.partydev.admission.domain.ImportError;

import java.util.List;

/** Thrown inside an import's transaction to roll everything back: the file has rows that cannot be imported. */
final class ImportRejected extends RuntimeException {

    final int rowsRead;
    final int rowsValid;
    final int errorCount;
    final List<ImportError> errors;

    ImportRejected(int rowsRead, int rowsValid, int errorCount, List<ImportError> errors) {
        super("the file has " + errorCount + " errors", null, false, false);
        this.rowsRead = rowsRead;
        this.rowsValid = rowsValid;
        this.errorCount = errorCount;
        this.errors = errors;
    }
}
