package vn.partydev.platform.inbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.context.ApplicationScoped;
import vn.partydev.platform.events.admission.OrganisationRegistered;
import vn.partydev.platform.events.admission.OrganisationRetired;
import vn.partydev.platform.events.admission.OrganisationUpdated;
import vn.partydev.platform.scope.OrganisationReplicaChanged;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.UUID;

/**
 * Keeps {@code organisation_replica}, this service's copy of the party organisation tree (owned by
 * admission-service), from the {@code Organisation*} events. Registrations and updates carry the whole state and
 * are upserts, so an update may arrive first; they never undo a retirement. One organisation's events share a key
 * and so arrive in order; a retirement of an organisation the replica has never seen cannot be applied (the
 * table needs its kind, code, name and path) and goes to the dead-letter topic. Idle where the admission topic is
 * not consumed (admission-service itself).
 */
@ApplicationScoped
public class OrganisationReplicaSubscriber implements EventSubscriber {

    private static final String UPSERT = """
            INSERT INTO organisation_replica (id, parent_id, kind, code, name, path, may_decide_admission, population, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, now())
            ON CONFLICT (id) DO UPDATE SET parent_id = EXCLUDED.parent_id, kind = EXCLUDED.kind, code = EXCLUDED.code,
                name = EXCLUDED.name, path = EXCLUDED.path, may_decide_admission = EXCLUDED.may_decide_admission,
                population = EXCLUDED.population, updated_at = now()""";
    private static final String RETIRE =
            "UPDATE organisation_replica SET retired = true, successor_id = ?, updated_at = now() WHERE id = ?";

    private final InboxConfig config;
    private final AgroalDataSource dataSource;
    private final AfterCommit afterCommit;
    private final Event<OrganisationReplicaChanged> replicaChanged;

    public OrganisationReplicaSubscriber(InboxConfig config, AgroalDataSource dataSource, AfterCommit afterCommit,
                                         Event<OrganisationReplicaChanged> replicaChanged) {
        this.config = config;
        this.dataSource = dataSource;
        this.afterCommit = afterCommit;
        this.replicaChanged = replicaChanged;
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

    private void announceAfterCommit() {
        // the directory's cache must not outlive the change
        afterCommit.run(() -> replicaChanged.fire(new OrganisationReplicaChanged()));
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
            announceAfterCommit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update the organisation replica", e);
        }
    }

    private void retire(UUID id, UUID successorId) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement retire = connection.prepareStatement(RETIRE)) {
            retire.setObject(1, successorId);
            retire.setObject(2, id);
            if (retire.executeUpdate() == 0) {
                throw new IllegalStateException("organisation " + id + " is not in the replica");
            }
            announceAfterCommit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update the organisation replica", e);
        }
    }
}
