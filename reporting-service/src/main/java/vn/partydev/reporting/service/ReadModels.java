package vn.partydev.reporting.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The generations of read models: each lives in its own schema ({@code rm_1}, {@code rm_2} …) and
 * {@code read_model.active_schema} names the one that serves. Connections opened here run inside the caller's
 * transaction with {@code search_path} set to the chosen schema, so every statement stays unqualified.
 */
@ApplicationScoped
public class ReadModels {

    @Inject
    AgroalDataSource dataSource;

    /**
     * A connection on the active generation. {@code forWriting} takes a share lock on the pointer, so a
     * switch-over waits for writers in flight and writers after it write to the new generation.
     */
    public Connection active(boolean forWriting) {
        // reports run the same statements for a cell and for the national root, so each is planned for its own subtree (a
        // generic plan cannot use the path prefix of `org_path LIKE ?` to choose between the path and date indexes)
        return forWriting ? onActive("", " FOR SHARE") : onActive(", set_config('plan_cache_mode', 'force_custom_plan', true)", "");
    }

    /**
     * A connection on the active generation holding the pointer row exclusively: live writers and a switch-over wait
     * until the caller's transaction ends.
     */
    public Connection activeExclusively() {
        return onActive("", " FOR UPDATE");
    }

    /** One round trip: the active generation becomes the transaction's search_path, with the other settings and the lock. */
    private Connection onActive(String settings, String lock) {
        Connection connection = connection();
        SqlStatements.one(connection, "SELECT set_config('search_path', quote_ident(active_schema) || ', public', true)" + settings
                + " FROM public.read_model" + lock, row -> row.getString(1));
        return connection;
    }

    /** A connection on the given generation (a rebuild's fresh schema). */
    public Connection generation(String schema) {
        return use(connection(), schema);
    }

    private Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("the reporting database is unavailable", e);
        }
    }

    private static Connection use(Connection connection, String schema) {
        SqlStatements.one(connection, "SELECT set_config('search_path', quote_ident(?) || ', public', true)", row -> row.getString(1), schema);
        return connection;
    }
}
