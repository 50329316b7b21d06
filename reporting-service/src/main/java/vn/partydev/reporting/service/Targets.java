package vn.partydev.reporting.service;

import java.sql.Connection;
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
}
