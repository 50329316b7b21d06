package vn.partydev.candidate;

import io.agroal.api.AgroalDataSource;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the service's tables directly, to assert what was (not) written. */
public final class Rows {

    private final AgroalDataSource dataSource;

    public Rows(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long count(String sql, Object... parameters) {
        return Long.parseLong(column(sql, parameters).get(0));
    }

    /** The first column of every row, as text. */
    public List<String> column(String sql, Object... parameters) {
        try (var connection = dataSource.getConnection(); var query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (var rows = query.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Candidates and their events: both must stay untouched by a refused request. */
    public Written written() {
        return new Written(count("SELECT count(*) FROM candidate"), count("SELECT count(*) FROM outbox_event"),
                count("SELECT count(*) FROM candidate_history"));
    }

    /** How many rows the writing tables hold. */
    public record Written(long candidates, long events, long historyLines) {
    }
}
