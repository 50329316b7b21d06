package vn.partydev.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.partydev.platform.events.DomainEvent;
import vn.partydev.platform.inbox.EventMetadata;

import java.sql.Connection;
import java.sql.SQLException;

/** Applies a delivered event to the active read models, inside the platform inbox's transaction. */
@ApplicationScoped
public class LiveProjection {

    @Inject
    ReadModels readModels;

    @Inject
    ReadModelProjection projection;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(DomainEvent event, EventMetadata meta) {
        try (Connection connection = readModels.active(true)) {
            if (projection.apply(connection, event, meta.id(), meta.time(), true)) {
                projection.recordApplied(connection, 1, meta.time());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the reporting database is unavailable", e);
        }
    }
}
