package vn.partydev.admission.service;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import vn.partydev.admission.domain.BulkImport;
import vn.partydev.admission.domain.ImportError;
import vn.partydev.admission.domain.OrganisationValidity;
import vn.partydev.platform.bulk.CopyText;
import vn.partydev.platform.codes.EthnicGroup;
import vn.partydev.platform.codes.Gender;
import vn.partydev.platform.codes.GeneralEducation;
import vn.partydev.platform.codes.MemberStatus;
import vn.partydev.platform.codes.Occupation;
import vn.partydev.platform.codes.ProfessionalLevel;
import vn.partydev.platform.codes.Religion;
import vn.partydev.platform.events.Demographics;
import vn.partydev.platform.events.DomainEvent;
import vn.partydev.platform.events.admission.MemberRegistered;
import vn.partydev.platform.outbox.Outbox;
import vn.partydev.platform.problem.ProblemMessage;
import vn.partydev.platform.rules.RuleSets;
import vn.partydev.platform.search.VietnameseText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Imports a members file in one transaction, set-based: each row is checked in Java while it streams into a staging
 * table with PostgreSQL COPY; cells, duplicates and members already on the roll are then checked with a few SQL
 * statements; one INSERT … SELECT fills member and member_cell_period; MemberRegistered events go to the outbox in
 * batches. Any invalid row rolls the whole file back. Members whose citizen id is already on the roll are left as
 * they are, so running the same file again changes nothing.
 */
@ApplicationScoped
public class MemberImport {

    private static final String STAGING = "CREATE TEMP TABLE member_staging (line BIGINT, citizen_id CHAR(12), full_name TEXT,"
            + " name_search TEXT, birth_date DATE, gender TEXT, ethnic_group TEXT, religion TEXT, general_education TEXT,"
            + " professional_level TEXT, occupation TEXT, youth BOOLEAN, trade BOOLEAN, cell_code TEXT, status TEXT,"
            + " entry_date DATE, official_date DATE) ON COMMIT DROP";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Outbox outbox;
    @Inject
    ImportProgress progress;
    @Inject
    ImportSettings settings;
    @Inject
    Clock clock;

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
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, STAGING);
            ImportErrors errors = new ImportErrors();
            int[] read = stage(connection, importId, file, errors);
            int rowsRead = read[0];
            int javaInvalid = read[1];
            execute(connection, "CREATE INDEX ON member_staging (citizen_id)");
            execute(connection, "ANALYZE member_staging");
            resolveCells(connection, scopePath);
            int sqlInvalid = checkInDatabase(connection, errors);
            if (errors.count() > 0) {
                throw new ImportRejected(rowsRead, rowsRead - javaInvalid - sqlInvalid, errors.count(), errors.report());
            }
            progress.validated(importId, rowsRead, rowsRead);
            int imported = insertMembers(connection);
            publishEvents(connection);
            progress.completed(importId, rowsRead, imported, rowsRead - imported);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("the import " + importId + " failed: " + e.getClass().getSimpleName(), e);
        }
    }

    /** Streams the valid rows into member_staging; returns {rows read, rows invalid}. */
    private int[] stage(Connection connection, UUID importId, Path file, ImportErrors errors) throws SQLException, IOException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY member_staging FROM STDIN");
        int rowsRead = 0;
        int invalid = 0;
        try (Utf8Lines lines = new Utf8Lines(Files.newInputStream(file))) {
            CsvRecords records = new CsvRecords(lines);
            MemberCsvFormat format = new MemberCsvFormat(records.next(), LocalDate.now(clock), RuleSets.defaultSet());
            StringBuilder buffer = new StringBuilder(1 << 20);
            List<String> record;
            while ((record = records.next()) != null) {
                rowsRead++;
                var encoding = records.encodingError();
                encoding.ifPresent(errors::add);
                MemberCsvFormat.Row row = encoding.isPresent() ? null : format.parse(records.recordLine(), record, errors::add);
                if (row == null) {
                    invalid++;
                } else {
                    appendCopyLine(buffer, row);
                }
                if (buffer.length() > (1 << 20)) {
                    write(copy, buffer);
                }
                if (rowsRead % settings.progressEveryRows() == 0) {
                    progress.read(importId, rowsRead);
                }
            }
            write(copy, buffer);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        progress.read(importId, rowsRead);
        return new int[]{rowsRead, invalid};
    }

    private void resolveCells(Connection connection, String scopePath) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("CREATE TEMP TABLE staging_cell ON COMMIT DROP AS"
                + " SELECT c.cell_code, o.id, o.path, o.valid_from FROM (SELECT DISTINCT cell_code FROM member_staging) c"
                + " LEFT JOIN organisation o ON o.code = c.cell_code AND o.valid_to IS NULL"
                + " AND o.kind IN ('CELL', 'GRASSROOTS_CELL') AND o.path LIKE ?")) {
            statement.setString(1, scopePath + "%");
            statement.execute();
        }
        execute(connection, "CREATE UNIQUE INDEX ON staging_cell (cell_code)");
    }

    /**
     * Unknown cells, entries dated before the cell was founded (R-ORG-1) and citizen ids repeated in the file; returns
     * how many rows are invalid.
     */
    private int checkInDatabase(Connection connection, ImportErrors errors) throws SQLException {
        String unknownCell = "SELECT s.line, 'ma_chi_bo' AS col, NULL AS code, 'is not the code of a current cell in your subtree' AS detail,"
                + " NULL AS entry_date, NULL AS cell_code, NULL AS valid_from"
                + " FROM member_staging s JOIN staging_cell c USING (cell_code) WHERE c.id IS NULL";
        String beforeFounded = "SELECT s.line, 'ngay_vao_dang', '" + OrganisationValidity.RULE + "', 'the day of entry ' || s.entry_date"
                + " || ' is before the cell ' || s.cell_code || ' existed (valid from ' || c.valid_from || ')',"
                + " s.entry_date::text, s.cell_code, c.valid_from::text"
                + " FROM member_staging s JOIN staging_cell c USING (cell_code) WHERE s.entry_date < c.valid_from";
        String repeated = "SELECT line, 'so_cccd', NULL, 'repeats the citizen id of line ' || first_line, NULL, NULL, NULL FROM ("
                + " SELECT line, min(line) OVER (PARTITION BY citizen_id) AS first_line FROM member_staging) d WHERE line > first_line";
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(unknownCell + " UNION ALL " + beforeFounded + " UNION ALL " + repeated + " ORDER BY 1")) {
            java.util.Set<Long> lines = new java.util.HashSet<>();
            while (rows.next()) {
                lines.add(rows.getLong(1));
                String code = rows.getString(3);
                ProblemMessage message = code == null ? null
                        : ProblemMessage.of("entry-before-founded", rows.getString(5), rows.getString(6), rows.getString(7));
                errors.add(new ImportError(rows.getLong(1), rows.getString(2), code, rows.getString(4), message));
            }
            return lines.size();
        }
    }

    private int insertMembers(Connection connection) throws SQLException {
        execute(connection, "CREATE TEMP TABLE imported_member (id UUID PRIMARY KEY, cell_id UUID, status TEXT, entry_date DATE,"
                + " official_date DATE, gender TEXT, birth_date DATE, ethnic_group TEXT, religion TEXT, general_education TEXT,"
                + " professional_level TEXT, occupation TEXT, youth BOOLEAN, trade BOOLEAN) ON COMMIT DROP");
        return executeUpdate(connection, "WITH inserted AS ("
                + " INSERT INTO member (id, full_name, name_search, citizen_id, birth_date, gender, ethnic_group, religion,"
                + " general_education, professional_level, occupation, youth_union_member, trade_union_member, cell_id,"
                + " organisation_path, status, entry_date, official_date, version)"
                + " SELECT gen_random_uuid(), s.full_name, s.name_search, s.citizen_id, s.birth_date, s.gender, s.ethnic_group,"
                + " s.religion, s.general_education, s.professional_level, s.occupation, s.youth, s.trade, c.id, c.path,"
                + " s.status, s.entry_date, s.official_date, 0"
                + " FROM member_staging s JOIN staging_cell c USING (cell_code)"
                + " WHERE NOT EXISTS (SELECT 1 FROM member m WHERE m.citizen_id = s.citizen_id)"
                + " RETURNING id, cell_id, organisation_path, status, entry_date, official_date, gender, birth_date, ethnic_group,"
                + " religion, general_education, professional_level, occupation, youth_union_member, trade_union_member),"
                + " periods AS (INSERT INTO member_cell_period (member_id, cell_id, organisation_path, from_date)"
                + " SELECT id, cell_id, organisation_path, entry_date FROM inserted)"
                + " INSERT INTO imported_member SELECT id, cell_id, status, entry_date, official_date, gender, birth_date,"
                + " ethnic_group, religion, general_education, professional_level, occupation, youth_union_member,"
                + " trade_union_member FROM inserted");
    }

    /** MemberRegistered for every member inserted, written to the outbox in batches. */
    private void publishEvents(Connection connection) throws SQLException {
        int batchSize = settings.eventBatchSize();
        // the all-zero id sorts before every id PostgreSQL generates
        UUID after = new UUID(0L, 0L);
        // the members' own columns were kept by the insert: paging needs no join with the (not yet analysed) member table
        execute(connection, "ANALYZE imported_member");
        try (PreparedStatement page = connection.prepareStatement("SELECT id, cell_id, status, entry_date, official_date,"
                + " gender, birth_date, ethnic_group, religion, general_education, professional_level, occupation, youth, trade"
                + " FROM imported_member WHERE id > ? ORDER BY id LIMIT ?")) {
            List<DomainEvent> events;
            do {
                page.setObject(1, after);
                page.setInt(2, batchSize);
                events = new ArrayList<>(batchSize);
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        events.add(registered(rows));
                    }
                }
                if (!events.isEmpty()) {
                    outbox.publishAll(events);
                    after = ((MemberRegistered) events.get(events.size() - 1)).memberId();
                }
            } while (events.size() == batchSize);
        }
    }

    private static MemberRegistered registered(ResultSet row) throws SQLException {
        LocalDate official = row.getObject(5, LocalDate.class);
        LocalDate entryDate = row.getObject(4, LocalDate.class);
        // the age on the day of entry, as MemberRegistered carries it: the birth date stays on the roll
        int ageOnEntry = Demographics.completedYears(row.getObject(7, LocalDate.class), entryDate);
        Demographics demographics = new Demographics(Gender.valueOf(row.getString(6)), ageOnEntry,
                EthnicGroup.valueOf(row.getString(8)), Religion.valueOf(row.getString(9)),
                GeneralEducation.valueOf(row.getString(10)), ProfessionalLevel.valueOf(row.getString(11)),
                Occupation.valueOf(row.getString(12)), row.getBoolean(13), row.getBoolean(14));
        return new MemberRegistered(row.getObject(1, UUID.class), row.getObject(2, UUID.class), null,
                MemberStatus.valueOf(row.getString(3)), entryDate, official, demographics);
    }

    private static void appendCopyLine(StringBuilder buffer, MemberCsvFormat.Row row) {
        CopyText.line(buffer, row.line(), row.citizenId(), row.fullName(), VietnameseText.normalise(row.fullName()), row.birthDate(),
                row.gender(), row.ethnicGroup(), row.religion(), row.generalEducation(), row.professionalLevel(), row.occupation(),
                row.youthUnionMember(), row.tradeUnionMember(), row.cellCode(), row.status(), row.entryDate(), row.officialDate());
    }

    private static void write(CopyIn copy, StringBuilder buffer) throws SQLException {
        if (buffer.length() > 0) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int executeUpdate(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }
}
