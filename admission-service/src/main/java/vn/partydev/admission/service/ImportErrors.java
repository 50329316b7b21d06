package vn.partydev.admission.service;

import vn.partydev.admission.domain.ImportError;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The error report of one file: every error counted, the first {@link ImportError#REPORTED} (by line) kept. */
final class ImportErrors {

    private final List<ImportError> kept = new ArrayList<>();
    private int count;

    void add(ImportError error) {
        count++;
        if (kept.size() < ImportError.REPORTED * 2) {
            kept.add(error);
        }
    }

    int count() {
        return count;
    }

    List<ImportError> report() {
        return kept.stream().sorted(Comparator.comparingLong(ImportError::line)).limit(ImportError.REPORTED).toList();
    }
}
