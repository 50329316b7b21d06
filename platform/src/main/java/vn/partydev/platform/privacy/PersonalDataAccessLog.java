package vn.partydev.platform.privacy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.partydev.platform.problem.ProblemException;
import vn.partydev.platform.scope.CallerScope;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * The access log of personal data (nhật ký truy cập dữ liệu cá nhân): every read of a name or citizen id is recorded
 * with who, when, what and why. It records ids only: the personal values never reach this table or the log.
 * <pre>{@code accessLog.record("candidate", candidate.id(), "view candidate profile");}</pre>
 * The row is written in its own transaction: the read happened even if the caller's transaction rolls back.
 */
@ApplicationScoped
public class PersonalDataAccessLog {

    /** The accessor recorded when no user request is active (event handlers, scheduled jobs). */
    public static final String SYSTEM = "system";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Instance<CallerScope> callerScope;

    @Inject
    Instance<CurrentVertxRequest> currentRequest;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String resourceType, Object resourceId, String purpose) {
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(resourceId, "resourceId");
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("say why personal data is read");
        }
        boolean inRequest = Arc.container().requestContext().isActive();
        String accessor = inRequest ? callerScope.get().subject() : SYSTEM;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO personal_data_access"
                     + " (accessed_at, accessor, organisation_id, resource_type, resource_id, purpose, request_path)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setTimestamp(1, Timestamp.from(clock.instant()));
            insert.setString(2, truncate(accessor, 200));
            insert.setObject(3, inRequest ? organisationOfCaller() : null);
            insert.setString(4, truncate(resourceType, 100));
            insert.setString(5, truncate(resourceId.toString(), 100));
            insert.setString(6, truncate(purpose, 300));
            insert.setString(7, inRequest ? truncate(requestPath(), 500) : null);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the personal data access log", e);
        }
    }

    private UUID organisationOfCaller() {
        try {
            return callerScope.get().organisationId();
        } catch (ProblemException noOrganisation) {
            return null;
        }
    }

    private String requestPath() {
        if (!currentRequest.isResolvable() || currentRequest.get().getCurrent() == null) {
            return null;
        }
        return currentRequest.get().getCurrent().request().path();
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
