package vn.partydev.reporting.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Parameterised JDBC statements over one connection: the read models are plain SQL, not entities. */
final class SqlStatements {

    /** Maps one result row. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private SqlStatements() {
    }

    static int update(Connection connection, String sql, Object... parameters) {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new ReadModelFailure(sql, e);
        }
    }

    static <T> List<T> list(Connection connection, String sql, RowMapper<T> mapper, Object... parameters) {
        try (PreparedStatement statement = prepare(connection, sql, parameters); ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        } catch (SQLException e) {
            throw new ReadModelFailure(sql, e);
        }
    }

    static <T> T one(Connection connection, String sql, RowMapper<T> mapper, Object... parameters) {
        List<T> rows = list(connection, sql, mapper, parameters);
        return rows.isEmpty() ? null : rows.get(0);
    }

    static long count(Connection connection, String sql, Object... parameters) {
        Long value = one(connection, sql, row -> row.getLong(1), parameters);
        return value == null ? 0 : value;
    }

    /** A uuid[] parameter, for {@code = ANY (?)}. */
    static java.sql.Array uuids(Connection connection, java.util.Collection<java.util.UUID> ids) {
        return array(connection, "uuid", ids);
    }

    /** A text[] parameter. */
    static java.sql.Array texts(Connection connection, java.util.Collection<String> values) {
        return array(connection, "text", values);
    }

    /** An int[] parameter (a typed array: bound as text, PostgreSQL plans it far worse). */
    static java.sql.Array ints(Connection connection, java.util.Collection<Integer> values) {
        return array(connection, "integer", values);
    }

    private static java.sql.Array array(Connection connection, String elementType, java.util.Collection<?> values) {
        try {
            return connection.createArrayOf(elementType, values.toArray());
        } catch (SQLException e) {
            throw new ReadModelFailure(elementType + "[]", e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            statement.setObject(i + 1, value instanceof Enum<?> code ? code.name() : value);
        }
        return statement;
    }

    /** A read-model statement failed: a bug or an unavailable database, never bad input. */
    static final class ReadModelFailure extends RuntimeException {
        ReadModelFailure(String sql, SQLException cause) {
            super("read-model statement failed: " + cause.getMessage() + " [" + sql.strip().lines().findFirst().orElse("") + "]", cause);
        }
    }
}
