package vn.partydev.platform.inbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import vn.partydev.platform.events.admission.OrganisationRegistered;
import vn.partydev.platform.events.admission.OrganisationRetired;
import vn.partydev.platform.events.admission.OrganisationUpdated;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.UUID;

/**
 * Keeps {@code organisation_replica}, this service's copy of the party organisation tree (owned by
 * admission-service), from the {@code Organisation*} events. Order-tolerant: every event is an upsert, and a
 * retirement is never undone by a registration or update that arrives after it. Idle where the admission topic
 * is not consumed (admission-service itself).
 */
@ApplicationScoped
public class OrganisationReplicaSubscriber implements EventSubscriber {

    private static final String UPSERT = """
            INSERT INTO organisation_replica (id, parent_id, kind, code, name, path, may_decide_admission, population, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, now())
            ON CONFLICT (id) DO UPDATE SET parent_id = EXCLUDED.parent_id, kind = EXCLUDED.kind, code = EXCLUDED.code,
                name = EXCLUDED.name, path = EXCLUDED.path, may_decide_admission = EXCLUDED.may_decide_admission,
                population = EXCLUDED.population, updated_at = now()""";
    private static final String RETIRE = """
            INSERT INTO organisation_replica (id, retired, successor_id, updated_at) VALUES (?, true, ?, now())
            ON CONFLICT (id) DO UPDATE SET retired = true, successor_id = EXCLUDED.successor_id, updated_at = now()""";

    private final InboxConfig config;
    private final AgroalDataSource dataSource;

    public OrganisationReplicaSubscriber(InboxConfig config, AgroalDataSource dataSource) {
        this.config = config;
        this.dataSource = dataSource;
    }

    @Override
    public String name() {
        return "platform-organisation-replica";
    }

    @Override
    public void subscribe(EventRoutes routes) {
        if (!config.consumes(AdmissionTopic.NAME)) {
            return;
        }
        routes.on(OrganisationRegistered.class, (event, meta) -> upsert(event.organisationId(), event.parentId(),
                        event.kind().name(), event.code(), event.name(), event.path(), event.mayDecideAdmission(), event.population()))
                .on(OrganisationUpdated.class, (event, meta) -> upsert(event.organisationId(), event.parentId(),
                        event.kind().name(), event.code(), event.name(), event.path(), event.mayDecideAdmission(), event.population()))
                .on(OrganisationRetired.class, (event, meta) -> retire(event.organisationId(), event.successorId()));
    }

    private void upsert(UUID id, UUID parentId, String kind, String code, String name, String path,
                        boolean mayDecideAdmission, Integer population) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            upsert.setObject(1, id);
            upsert.setObject(2, parentId);
            upsert.setString(3, kind);
            upsert.setString(4, code);
            upsert.setString(5, name);
            upsert.setString(6, path);
            upsert.setBoolean(7, mayDecideAdmission);
            if (population == null) {
                upsert.setNull(8, Types.INTEGER);
            } else {
                upsert.setInt(8, population);
            }
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update the organisation replica", e);
        }
    }

    private void retire(UUID id, UUID successorId) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement retire = connection.prepareStatement(RETIRE)) {
            retire.setObject(1, id);
            retire.setObject(2, successorId);
            retire.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update the organisation replica", e);
        }
    }
}
