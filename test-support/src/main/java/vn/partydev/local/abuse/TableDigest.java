package vn.partydev.local.abuse;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A digest of every table of the service's database (all its schemas) (md5 of its rows, in a stable order), to prove that a rejected
 * request changed no row. The outbox is compared by its rows' ids only: the relay marks rows published meanwhile.
 */
final class TableDigest {

    private final DataSource dataSource;
    private final List<String> tables = new ArrayList<>();

    TableDigest(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT table_schema, table_name FROM information_schema.tables"
                     + " WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE'"
                     + " AND table_name NOT LIKE 'flyway%' ORDER BY 1, 2")) {
            while (rows.next()) {
                tables.add("\"" + rows.getString(1) + "\".\"" + rows.getString(2) + "\"");
            }
        }
    }

    Map<String, String> take() {
        Map<String, String> digest = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : tables) {
                String rowText = table.endsWith(".\"outbox_event\"") ? "t.id::text" : "t::text";
                try (ResultSet rows = statement.executeQuery("SELECT count(*) || ':' || coalesce(md5(string_agg(md5(" + rowText
                        + "), '' ORDER BY md5(" + rowText + "))), '') FROM " + table + " t")) {
                    rows.next();
                    digest.put(table, rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the tables cannot be read", e);
        }
        return digest;
    }

    /** The tables whose digest differs. */
    static List<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((table, digest) -> {
            if (!digest.equals(before.get(table))) {
                changed.add(table);
            }
        });
        return changed;
    }

    /** Waits until the tables stop changing (events of earlier tests still being consumed), at most {@code seconds}. */
    Map<String, String> settled(int seconds) throws InterruptedException {
        Map<String, String> previous = take();
        for (int i = 0; i < seconds * 2; i++) {
            Thread.sleep(500);
            Map<String, String> now = take();
            if (now.equals(previous)) {
                return now;
            }
            previous = now;
        }
        return previous;
    }
}
