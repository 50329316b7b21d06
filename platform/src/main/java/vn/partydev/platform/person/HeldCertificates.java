package vn.partydev.platform.person;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.partydev.platform.codes.TrainingKind;
import vn.partydev.platform.events.training.CertificateIssued;
import vn.partydev.platform.events.training.CertificateRevoked;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The certificates each person holds, from training-service's {@code CertificateIssued} and {@code CertificateRevoked}
 * (table {@code held_certificate}). Either may arrive first: an issue never undoes a revocation, and a revoked
 * certificate never counts. Writes join the caller's transaction (the inbox's, for a subscriber); reads see them.
 */
@ApplicationScoped
public class HeldCertificates {

    private static final String ISSUED = """
            INSERT INTO held_certificate (person_id, certificate_number, kind, issued_on, valid_until) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (person_id, certificate_number) DO UPDATE
            SET kind = EXCLUDED.kind, issued_on = EXCLUDED.issued_on, valid_until = EXCLUDED.valid_until""";
    private static final String REVOKED = """
            INSERT INTO held_certificate (person_id, certificate_number, revoked_on) VALUES (?, ?, ?)
            ON CONFLICT (person_id, certificate_number) DO UPDATE SET revoked_on = EXCLUDED.revoked_on""";
    private static final String VALID_UNTIL = """
            SELECT valid_until IS NULL, valid_until FROM held_certificate
            WHERE person_id = ? AND kind = ? AND revoked_on IS NULL AND issued_on <= ?
            ORDER BY valid_until DESC NULLS FIRST LIMIT 1""";
    private static final String LATEST_ISSUE = """
            SELECT max(issued_on) FROM held_certificate WHERE person_id = ? AND kind = ? AND revoked_on IS NULL""";

    private final AgroalDataSource dataSource;

    HeldCertificates(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(CertificateIssued issued) {
        update(ISSUED, statement -> {
            statement.setObject(1, issued.personId());
            statement.setString(2, issued.certificateNumber());
            statement.setString(3, issued.kind().name());
            statement.setObject(4, issued.issuedOn());
            statement.setObject(5, issued.validUntil());
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(CertificateRevoked revoked) {
        update(REVOKED, statement -> {
            statement.setObject(1, revoked.personId());
            statement.setString(2, revoked.certificateNumber());
            statement.setObject(3, revoked.revokedOn());
        });
    }

    /**
     * The latest expiry among the person's unrevoked certificates of the kind issued by {@code on}; {@link LocalDate#MAX}
     * for one that never expires; empty when there is none.
     */
    public Optional<LocalDate> validUntil(UUID personId, TrainingKind kind, LocalDate on) {
        return query(VALID_UNTIL, statement -> {
            statement.setObject(1, personId);
            statement.setString(2, kind.name());
            statement.setObject(3, on);
        }, result -> result.getBoolean(1) ? LocalDate.MAX : result.getObject(2, LocalDate.class));
    }

    /** The issue date of the person's latest unrevoked certificate of the kind. */
    public Optional<LocalDate> latestIssue(UUID personId, TrainingKind kind) {
        return query(LATEST_ISSUE, statement -> {
            statement.setObject(1, personId);
            statement.setString(2, kind.name());
        }, result -> result.getObject(1, LocalDate.class));
    }

    private void update(String sql, Parameters parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            parameters.set(statement);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record a held certificate", e);
        }
    }

    private <T> Optional<T> query(String sql, Parameters parameters, Column<T> column) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            parameters.set(statement);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? Optional.ofNullable(column.read(result)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read held certificates", e);
        }
    }

    @FunctionalInterface
    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    private interface Column<T> {
        T read(ResultSet result) throws SQLException;
    }
}
