package vn.partydev.platform;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** One value a query answers (the first column of its first row), for tests that look at the database's state. */
public final class SqlValue {

    private SqlValue() {
    }

    public static <T> T of(DataSource dataSource, Class<T> type, String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new AssertionError("no row for " + sql);
                }
                return row.getObject(1, type);
            }
        }
    }
}
