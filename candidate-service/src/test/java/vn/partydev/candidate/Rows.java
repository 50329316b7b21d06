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

    /**
     * The candidates with the test's own citizen id, their events and their history lines: all must stay untouched by a
     * refused request. Only the test's own rows count, so that what other tests' late events write meanwhile cannot
     * make the check fail (nor hide a write behind a row removed elsewhere).
     */
    public Written written(String citizenId) {
        return new Written(count("SELECT count(*) FROM candidate WHERE citizen_id = ?", citizenId),
                count("SELECT count(*) FROM outbox_event e JOIN candidate c ON e.subject = c.id::text WHERE c.citizen_id = ?", citizenId),
                count("SELECT count(*) FROM candidate_history h JOIN candidate c ON c.id = h.candidate_id WHERE c.citizen_id = ?", citizenId));
    }

    /** How many rows the writing tables hold for one citizen id. */
    public record Written(long candidates, long events, long historyLines) {
    }
}
