package vn.partydev.admission.service;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.partydev.admission.domain.BulkImport;
import vn.partydev.platform.problem.BadRequest;
import vn.partydev.platform.problem.NotFound;
import vn.partydev.platform.scope.CallerScope;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Receives import files and runs them one at a time in the background (a 2-core server gains nothing from two
 * at once). The upload is stored, its header checked (400 at once when wrong), and the import row created; the
 * rows themselves are checked and imported by {@link MemberImport} or {@link OrganisationImport}.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bulk-import");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    CallerScope scope;
    @Inject
    MemberImport members;
    @Inject
    OrganisationImport organisations;
    @Inject
    ImportProgress progress;
    @Inject
    ImportFiles files;

    public BulkImport start(BulkImport.Kind kind, InputStream body) {
        UUID id = UUID.randomUUID();
        Path file = files.store(id, body);
        BulkImport bulkImport;
        try {
            checkHeader(kind, file);
            bulkImport = create(id, kind, scope.path(), scope.subject());
        } catch (RuntimeException refused) {
            files.delete(id);
            throw refused;
        }
        String scopePath = bulkImport.organisationPath;
        worker.submit(() -> run(id, kind, file, scopePath));
        return bulkImport;
    }

    @Transactional
    public BulkImport findInScope(UUID id) {
        BulkImport bulkImport = BulkImport.findById(id);
        if (bulkImport == null || !scope.covers(bulkImport.organisationPath)) {
            throw new NotFound("import", id);
        }
        return bulkImport;
    }

    @Transactional
    public BulkImport create(UUID id, BulkImport.Kind kind, String scopePath, String subject) {
        BulkImport bulkImport = new BulkImport();
        bulkImport.id = id;
        bulkImport.kind = kind;
        bulkImport.state = BulkImport.State.RECEIVED;
        bulkImport.organisationPath = scopePath;
        bulkImport.requestedBy = subject;
        bulkImport.errors = "[]";
        bulkImport.createdAt = OffsetDateTime.now();
        bulkImport.persist();
        return bulkImport;
    }

    private void run(UUID id, BulkImport.Kind kind, Path file, String scopePath) {
        try {
            if (kind == BulkImport.Kind.MEMBERS) {
                members.run(id, file, scopePath);
            } else {
                organisations.run(id, file, scopePath);
            }
        } catch (RuntimeException failure) {
            // no row content in the log: rows hold personal data
            LOG.errorf("import %s failed: %s", id, failure.getClass().getName());
            progress.failed(id, 0, 0, 1, List.of(new vn.partydev.admission.domain.ImportError(0, null,
                    "the import could not complete; nothing was imported. Try again or contact support (import " + id + ")")));
        } finally {
            files.delete(id);
        }
    }

    private static void checkHeader(BulkImport.Kind kind, Path file) {
        try (Utf8Lines lines = new Utf8Lines(Files.newInputStream(file))) {
            CsvRecords records = new CsvRecords(lines);
            List<String> header = records.next();
            if (header == null) {
                throw new BadRequest("CSV_EMPTY", "the file is empty; its first line must name the columns");
            }
            records.encodingError().ifPresent(error -> {
                throw new BadRequest("CSV_ENCODING", "line " + error.line() + " " + error.detail());
            });
            if (kind == BulkImport.Kind.MEMBERS) {
                new CsvColumns(header, MemberCsvFormat.REQUIRED, MemberCsvFormat.OPTIONAL);
            } else {
                new CsvColumns(header, OrganisationImport.REQUIRED, OrganisationImport.OPTIONAL);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
