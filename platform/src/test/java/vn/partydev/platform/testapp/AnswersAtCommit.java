package vn.partydev.platform.testapp;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Looks, the moment a specimen's creation commits (before the service has answered), at what a retry would find in
 * {@code idempotency_record}: the status stored for the answer that names the specimen, or none. What a crash at that
 * instant would leave.
 */
@ApplicationScoped
public class AnswersAtCommit {

    static final Map<UUID, Integer> STATUS_AT_COMMIT = new ConcurrentHashMap<>();

    @Inject
    AgroalDataSource dataSource;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SpecimenCreated created) throws SQLException {
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("SELECT coalesce(max(status), 0) FROM idempotency_record"
                     + " WHERE position(? in convert_from(body, 'UTF8')) > 0")) {
            query.setString(1, created.id().toString());
            try (var rows = query.executeQuery()) {
                rows.next();
                STATUS_AT_COMMIT.put(created.id(), rows.getInt(1));
            }
        }
    }
}
