package vn.partydev.platform.outbox;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** What the outbox table holds of one subject, for the relay's tests. */
final class OutboxRows {

    private OutboxRows() {
    }

    /** How many of the subject's outbox rows are published ({@code published}) or still waiting (not). */
    static long count(DataSource dataSource, UUID subject, boolean published) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM outbox_event WHERE subject = ? AND published_at IS "
                     + (published ? "NOT NULL" : "NULL"))) {
            select.setString(1, subject.toString());
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
