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

    /** Looks through the causes and the suppressed exceptions (where a transaction manager puts a failed commit's). */
    public static boolean isCause(Throwable failure) {
        return isCause(failure, 0);
    }

    private static boolean isCause(Throwable failure, int depth) {
        if (failure == null || depth > MAX_DEPTH) {
            return false;
        }
        if (failure instanceof SQLTransientConnectionException) {
            return true;
        }
        if (failure instanceof SQLException sql && (isOutageState(sql.getSQLState())
                || sql.getSQLState() == null && sql.getMessage() != null && sql.getMessage().contains(POOL_TIMEOUT))) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (isCause(suppressed, depth + 1)) {
                return true;
            }
        }
        return failure.getCause() != failure && isCause(failure.getCause(), depth + 1);
    }

    static boolean isOutageState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P"));
    }
}
