package vn.partydev.admission.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.partydev.admission.domain.BulkImport;
import vn.partydev.admission.domain.ImportError;
import vn.partydev.admission.domain.Organisation;
import vn.partydev.platform.codes.OrganisationKind;
import vn.partydev.platform.outbox.Outbox;
import vn.partydev.platform.problem.ProblemException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Imports an organisations file in one transaction. Rows may come in any order: a row is placed once its parent
 * (ma_to_chuc_cap_tren) exists, in the tree already or earlier in the same pass. A code already current in the tree
 * is left as it is, so running the same file again changes nothing. Any invalid row rolls the whole file back.
 */
@ApplicationScoped
public class OrganisationImport {

    public static final List<String> REQUIRED = List.of("ma_to_chuc", "ten_to_chuc", "loai", "ma_to_chuc_cap_tren");
    public static final List<String> OPTIONAL = List.of("quyen_quyet_dinh_ket_nap", "dan_so", "ngay_thanh_lap");

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    @Inject
    Outbox outbox;
    @Inject
    ImportProgress progress;
    @Inject
    ImportSettings settings;
    @Inject
    EntityManager entityManager;

    private record Row(long line, String code, String name, OrganisationKind kind, String parentCode,
                       boolean mayDecideAdmission, Integer population, LocalDate validFrom) {
    }

    public void run(UUID importId, Path file, String scopePath) {
        if (!progress.claim(importId)) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().timeout(settings.transactionTimeoutSeconds()).run(() -> {
                if (progress.hold(importId)) {
                    importInOneTransaction(importId, file, scopePath);
                }
            });
        } catch (ImportRejected rejected) {
            progress.failed(importId, rejected.rowsRead, rejected.rowsValid, rejected.errorCount, rejected.errors);
        }
    }

    private void importInOneTransaction(UUID importId, Path file, String scopePath) {
        ImportErrors errors = new ImportErrors();
        List<Row> rows = new ArrayList<>();
        int rowsRead = read(file, rows, errors);
        progress.read(importId, rowsRead);
        Map<String, Organisation> current = new HashMap<>();
        List<String> codes = rows.stream().flatMap(row -> java.util.stream.Stream.of(row.code, row.parentCode)).distinct().toList();
        for (Organisation organisation : Organisation.<Organisation>list("code in ?1 and validTo is null", codes)) {
            current.put(organisation.code, organisation);
        }
        Map<String, Row> pending = new LinkedHashMap<>();
        int unchanged = 0;
        for (Row row : rows) {
            Organisation existing = current.get(row.code);
            if (existing != null && !existing.path.startsWith(scopePath)) {
                errors.add(new ImportError(row.line, "ma_to_chuc", "is the code of a current organisation outside your subtree"));
            } else if (existing != null) {
                unchanged++;
            } else if (pending.putIfAbsent(row.code, row) != null) {
                errors.add(new ImportError(row.line, "ma_to_chuc", "repeats the code of line " + pending.get(row.code).line));
            }
        }
        List<Organisation> created = new ArrayList<>();
        boolean placedOne = true;
        while (!pending.isEmpty() && placedOne) {
            placedOne = false;
            for (var iterator = pending.values().iterator(); iterator.hasNext(); ) {
                Row row = iterator.next();
                Organisation parent = current.get(row.parentCode);
                if (parent == null) {
                    continue;
                }
                iterator.remove();
                placedOne = true;
                if (!parent.path.startsWith(scopePath)) {
                    errors.add(new ImportError(row.line, "ma_to_chuc_cap_tren", "is not the code of an organisation in your subtree"));
                    continue;
                }
                try {
                    Organisation organisation = Organisation.under(parent, UUID.randomUUID(), row.code, row.name, row.kind,
                            row.mayDecideAdmission, row.population, row.validFrom == null ? parent.validFrom : row.validFrom);
                    current.put(row.code, organisation);
                    created.add(organisation);
                } catch (ProblemException broken) {
                    errors.add(new ImportError(row.line, "loai", broken.code(), broken.detail(), broken.message()));
                }
            }
        }
        pending.values().forEach(row -> errors.add(new ImportError(row.line, "ma_to_chuc_cap_tren",
                "is not the code of a current organisation, in the tree or in this file")));
        if (errors.count() > 0) {
            long invalidLines = errors.report().stream().mapToLong(ImportError::line).distinct().count();
            throw new ImportRejected(rowsRead, (int) (rowsRead - invalidLines), errors.count(), errors.report());
        }
        progress.validated(importId, rowsRead, rowsRead);
        for (Organisation organisation : created) {
            organisation.persist();
        }
        entityManager.flush();
        outbox.publishAll(created.stream().map(OrganisationAdministration::registered).toList());
        progress.completed(importId, rowsRead, created.size(), unchanged);
    }

    private static int read(Path file, List<Row> rows, ImportErrors errors) {
        try (Utf8Lines lines = new Utf8Lines(Files.newInputStream(file))) {
            CsvRecords records = new CsvRecords(lines);
            CsvColumns columns = new CsvColumns(records.next(), REQUIRED, OPTIONAL);
            int read = 0;
            List<String> record;
            while ((record = records.next()) != null) {
                read++;
                var encoding = records.encodingError();
                encoding.ifPresent(errors::add);
                Row row = encoding.isPresent() ? null : parse(records.recordLine(), record, columns, errors);
                if (row != null) {
                    rows.add(row);
                }
            }
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row parse(long line, List<String> record, CsvColumns columns, ImportErrors errors) {
        int before = errors.count();
        String code = columns.value(record, "ma_to_chuc");
        if (!code.matches("[A-Za-z0-9._-]{1,50}")) {
            errors.add(new ImportError(line, "ma_to_chuc", "must be 1 to 50 letters, digits, '.', '_' or '-'"));
        }
        String name = Normalizer.normalize(columns.value(record, "ten_to_chuc"), Normalizer.Form.NFC);
        if (name.isEmpty() || name.length() > 300) {
            errors.add(new ImportError(line, "ten_to_chuc", "must be 1 to 300 characters"));
        }
        OrganisationKind kind = null;
        try {
            kind = OrganisationKind.valueOf(columns.value(record, "loai").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            errors.add(new ImportError(line, "loai", "must be one of " + java.util.Arrays.toString(OrganisationKind.values())));
        }
        String parentCode = columns.value(record, "ma_to_chuc_cap_tren");
        if (parentCode.isEmpty()) {
            errors.add(new ImportError(line, "ma_to_chuc_cap_tren", "is required"));
        }
        String decides = columns.value(record, "quyen_quyet_dinh_ket_nap").toLowerCase(Locale.ROOT);
        boolean mayDecide = switch (decides) {
            case "1", "có", "co", "true" -> true;
            case "", "0", "không", "khong", "false" -> false;
            default -> {
                errors.add(new ImportError(line, "quyen_quyet_dinh_ket_nap", "must be có/không"));
                yield false;
            }
        };
        Integer population = null;
        String populationText = columns.value(record, "dan_so");
        if (!populationText.isEmpty()) {
            try {
                population = Integer.parseInt(populationText);
                if (population < 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException notANumber) {
                errors.add(new ImportError(line, "dan_so", "must be a whole number ≥ 0"));
            }
        }
        LocalDate validFrom = null;
        String founded = columns.value(record, "ngay_thanh_lap");
        if (!founded.isEmpty()) {
            try {
                validFrom = LocalDate.parse(founded, founded.indexOf('/') > 0 ? VIETNAMESE : ISO);
            } catch (DateTimeParseException notADate) {
                errors.add(new ImportError(line, "ngay_thanh_lap", "is not a date (yyyy-MM-dd or dd/MM/yyyy)"));
            }
        }
        if (errors.count() > before) {
            return null;
        }
        return new Row(line, code, name, kind, parentCode, mayDecide, population, validFrom);
    }
}
