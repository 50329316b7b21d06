package vn.partydev.admission.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Uploaded files waiting for their import, one per import, named {@code import-<importId>.csv} in the work directory, so
 * that whoever ends an import (its worker, or {@link ImportRecovery} after a restart) can find its file and delete it.
 */
@ApplicationScoped
public class ImportFiles {

    private static final Logger LOG = Logger.getLogger(ImportFiles.class);

    @Inject
    ImportSettings settings;

    public Path pathOf(UUID importId) {
        return Path.of(settings.workDirectory().orElse(System.getProperty("java.io.tmpdir"))).resolve("import-" + importId + ".csv");
    }

    public Path store(UUID importId, InputStream body) {
        Path file = pathOf(importId);
        try {
            Files.createDirectories(file.getParent());
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            delete(importId);
            throw new UncheckedIOException(e);
        }
    }

    public void delete(UUID importId) {
        Path file = pathOf(importId);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("cannot delete the uploaded file %s", file.getFileName());
        }
    }
}
