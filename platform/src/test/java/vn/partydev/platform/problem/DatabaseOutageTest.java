package vn.partydev.platform.problem;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseOutageTest {

    @Test
    void aRefusedLostOrShuttingDownConnectionAndAnExhaustedPoolAreOutages() {
        assertTrue(DatabaseOutage.isCause(wrapped(new SQLException("Connection to localhost:5432 refused", "08001"))));
        assertTrue(DatabaseOutage.isCause(wrapped(new SQLException("An I/O error occurred while sending to the backend", "08006"))));
        assertTrue(DatabaseOutage.isCause(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseOutage.isCause(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseOutage.isCause(wrapped(new SQLException("Sorry, acquisition timeout!"))));
        assertTrue(DatabaseOutage.isCause(new SQLTransientConnectionException("no connection")));
        assertTrue(DatabaseOutage.isCause(wrapped(new SQLException("Exception while creating new connection",
                new SQLException("Connection refused", "08001")))));
    }

    @Test
    void aCommitThatFailedWithTheConnectionIsAnOutageWhereverTheTransactionManagerPutIt() {
        RuntimeException rollback = new IllegalStateException("the transaction was rolled back at commit");
        rollback.addSuppressed(new RuntimeException("XA_RBROLLBACK", new SQLException("An I/O error occurred", "08006")));
        assertTrue(DatabaseOutage.isCause(new RuntimeException("commit failed", rollback)));
    }

    @Test
    void theCallersMistakesAndOurBugsAreNot() {
        assertFalse(DatabaseOutage.isCause(wrapped(new SQLException("duplicate key value violates unique constraint", "23505"))));
        assertFalse(DatabaseOutage.isCause(new SQLException("value too long for type character varying(20)", "22001")));
        assertFalse(DatabaseOutage.isCause(new SQLException("could not serialize access", "40001")));
        assertFalse(DatabaseOutage.isCause(new SQLException("syntax error", "42601")));
        assertFalse(DatabaseOutage.isCause(new IllegalStateException("a bug")));
        assertFalse(DatabaseOutage.isCause(new SQLException("no state at all")));
    }

    private static RuntimeException wrapped(SQLException cause) {
        return new IllegalStateException("could not execute statement", new RuntimeException("JDBC", cause));
    }
}
