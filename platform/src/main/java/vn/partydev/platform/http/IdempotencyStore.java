package vn.partydev.platform.http;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/**
 * The table {@code idempotency_record}. Inside a transaction a statement runs on the transaction's connection (the
 * claim and the answer of a command, {@link IdempotentCommand}); outside one it commits on its own.
 */
@ApplicationScoped
class IdempotencyStore {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IdempotencySettings settings;

    @Inject
    Clock clock;

    /**
     * Claims the key for the request; false when a record for the key already exists. Waits, when another transaction
     * has claimed the key and not yet ended, for its end.
     */
    boolean start(String caller, String key, String requestHash) {
        return update("INSERT INTO idempotency_record (caller, idempotency_key, request_hash, created_at) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (caller, idempotency_key) DO NOTHING", caller, key, requestHash, Timestamp.from(clock.instant())) == 1;
    }

    Optional<IdempotencyRecord> find(String caller, String key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT request_hash, status, content_type, location, etag,"
                     + " body, created_at FROM idempotency_record WHERE caller = ? AND idempotency_key = ?")) {
            query.setString(1, caller);
            query.setString(2, key);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new IdempotencyRecord(row.getString(1), (Integer) row.getObject(2), row.getString(3),
                        row.getString(4), row.getString(5), row.getBytes(6), row.getTimestamp(7).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read idempotency records", e);
        }
    }

    void complete(String caller, String key, int status, String contentType, String location, String etag, byte[] body) {
        update("UPDATE idempotency_record SET status = ?, content_type = ?, location = ?, etag = ?, body = ?, completed_at = ?"
                + " WHERE caller = ? AND idempotency_key = ?",
                status, contentType, location, etag, body, Timestamp.from(clock.instant()), caller, key);
    }

    /** Records a request with its answer at once, unless the key has a record already. */
    void record(String caller, String key, String requestHash, int status, String contentType, String location, String etag,
                byte[] body) {
        Timestamp now = Timestamp.from(clock.instant());
        update("INSERT INTO idempotency_record (caller, idempotency_key, request_hash, status, content_type, location, etag,"
                + " body, created_at, completed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (caller, idempotency_key) DO NOTHING",
                caller, key, requestHash, status, contentType, location, etag, body, now, now);
    }

    void forget(String caller, String key) {
        update("DELETE FROM idempotency_record WHERE caller = ? AND idempotency_key = ?", caller, key);
    }

    /** Removes a record that expired or whose request was abandoned, so the key can start afresh. */
    void forgetIfCreatedAt(String caller, String key, java.time.Instant createdAt) {
        update("DELETE FROM idempotency_record WHERE caller = ? AND idempotency_key = ? AND created_at = ?",
                caller, key, Timestamp.from(createdAt));
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deleteExpired() {
        update("DELETE FROM idempotency_record WHERE created_at < ?", Timestamp.from(clock.instant().minus(settings.retention())));
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write idempotency records", e);
        }
    }
}
