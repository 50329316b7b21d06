package vn.partydev.platform.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database could not be reached — not that the request or the code is wrong: the connection
 * was refused or lost (SQLSTATE class 08), the server is shutting down, restarting or not accepting connections yet
 * (57P01–57P03), or the connection pool gave up waiting for one (Agroal's acquisition timeout, an SQLException with
 * no state). Trying again later is the remedy.
 */
public final class DatabaseOutage {

    private static final int MAX_DEPTH = 15;
    private static final String POOL_TIMEOUT = "acquisition timeout";

    private DatabaseOutage() {
    }

    public static boolean isCause(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < MAX_DEPTH; cause = cause.getCause() == cause ? null : cause.getCause(), depth++) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && (isOutageState(sql.getSQLState())
                    || sql.getSQLState() == null && sql.getMessage() != null && sql.getMessage().contains(POOL_TIMEOUT))) {
                return true;
            }
        }
        return false;
    }

    static boolean isOutageState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P"));
    }
}
