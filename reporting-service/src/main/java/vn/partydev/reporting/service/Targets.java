package vn.partydev.reporting.service;

import java.sql.Connection;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Reads admissions targets (chỉ tiêu). */
final class Targets {

    private Targets() {
    }

    /** The target of the organisation for the year or term label, or null when none is set. */
    static Long of(Connection connection, UUID orgId, String periodLabel) {
        if (periodLabel == null) {
            return null;
        }
        return SqlStatements.one(connection, "SELECT admissions FROM public.admission_target WHERE org_id = ? AND period = ?",
                row -> row.getLong(1), orgId, periodLabel);
    }

    /** The targets of several organisations for the label; organisations without one are absent. */
    static Map<UUID, Long> of(Connection connection, Collection<UUID> orgIds, String periodLabel) {
        Map<UUID, Long> targets = new HashMap<>();
        if (periodLabel != null) {
            SqlStatements.list(connection, "SELECT org_id, admissions FROM public.admission_target WHERE org_id = ANY (?) AND period = ?",
                    row -> targets.put(row.getObject(1, UUID.class), row.getLong(2)), SqlStatements.uuids(connection, orgIds), periodLabel);
        }
        return targets;
    }
}
