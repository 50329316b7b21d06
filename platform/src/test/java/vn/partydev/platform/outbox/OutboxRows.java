package vn.partydev.platform.outbox;

import vn.partydev.platform.SqlValue;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.UUID;

/** What the outbox table holds of one subject, for the relay's tests. */
final class OutboxRows {

    private OutboxRows() {
    }

    /** How many of the subject's outbox rows are published ({@code published}) or still waiting (not). */
    static long count(DataSource dataSource, UUID subject, boolean published) throws SQLException {
        return SqlValue.of(dataSource, Long.class, "SELECT count(*) FROM outbox_event WHERE subject = ? AND published_at IS "
                + (published ? "NOT NULL" : "NULL"), subject.toString());
    }
}
