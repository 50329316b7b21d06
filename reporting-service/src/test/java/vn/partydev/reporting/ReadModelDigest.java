package vn.partydev.reporting;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A fingerprint of read-model tables (row count and a hash of every row in order), to compare two generations. */
public final class ReadModelDigest {

    private ReadModelDigest() {
    }

    public static Map<String, String> of(DataSource dataSource, String schema, List<String> tables) throws SQLException {
        Map<String, String> digests = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            for (String table : tables) {
                try (var rows = statement.executeQuery("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM "
                        + schema + "." + table + " t")) {
                    rows.next();
                    digests.put(table, rows.getString(1));
                }
            }
        }
        return digests;
    }
}
