package vn.partydev.reporting.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.partydev.local.TestTokens;
import vn.partydev.reporting.ReportingDataset;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partydev.reporting.ReportingDataset.ROOT;

/** After a switch-over only the generation now serving and the one it replaced remain; no staging table is left. */
@QuarkusTest
class RebuildGenerationsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aSwitchOverKeepsTheNewAndTheReplacedGenerationOnly() throws Exception {
        ReportingDataset.ensurePublished(dataSource);
        String before = activeSchema();
        try (Connection connection = dataSource.getConnection()) {
            // a generation left by a rebuild that failed: obsolete too
            connection.createStatement().execute("SELECT create_read_model('rm_999999')");
        }

        String first = rebuild();
        assertEquals(List.of(before, first).stream().sorted().toList(), generations(), "after the first switch-over");

        String second = rebuild();
        assertEquals(List.of(first, second).stream().sorted().toList(), generations(), "after the second switch-over");
        assertFalse(generations().contains(before), before + " was dropped");
        assertTrue(stagingTables(second).isEmpty(), "staging tables left in " + second + ": " + stagingTables(second));
    }

    private String rebuild() {
        String admin = TestTokens.bearer("admin", ROOT);
        var started = given().header("Authorization", admin).post("/api/v1/admin/rebuilds").then().statusCode(202).extract();
        String location = started.header("Location");
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(300)).until(() ->
                !"RUNNING".equals(given().header("Authorization", admin).get(location).then().statusCode(200).extract().path("state")));
        var done = given().header("Authorization", admin).get(location).then().statusCode(200).extract();
        assertEquals("SWITCHED", done.path("state"), "failure: " + done.path("failure"));
        return done.path("targetSchema");
    }

    private String activeSchema() throws Exception {
        return strings("SELECT active_schema FROM public.read_model").get(0);
    }

    private List<String> generations() throws Exception {
        return strings("SELECT nspname FROM pg_namespace WHERE nspname ~ '^rm_[0-9]+$' ORDER BY nspname");
    }

    private List<String> stagingTables(String schema) throws Exception {
        return strings("SELECT tablename FROM pg_tables WHERE schemaname = '" + schema + "' AND tablename LIKE 'stage%'");
    }

    private List<String> strings(String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); var rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
