package vn.partydev.reporting.api;

import vn.partydev.reporting.ReadModelDigest;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.partydev.local.TestTokens;
import vn.partydev.reporting.ReportingDataset;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partydev.reporting.ReportingDataset.P1;
import static vn.partydev.reporting.ReportingDataset.P2;
import static vn.partydev.reporting.ReportingDataset.ROOT;

/** Rebuilding from the topics gives the same figures as the live projection, and two rebuilds the same tables. */
@QuarkusTest
class RebuildTest {

    private static final List<String> TABLES = List.of("org_node", "residential_area", "person", "member", "cell_stat", "admission_stat",
            "admission_rollup", "member_rollup", "funnel_stat", "funnel_rollup", "pipeline_stat", "pipeline_rollup", "training_class", "enrolment", "check_attempt", "certificate", "training_day", "training_rollup",
            "applied_event", "projection_state", "sla_act");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void twoRebuildsGiveIdenticalTablesAndTheSameReportsAsTheLiveProjection() throws Exception {
        ReportingDataset.ensurePublished(dataSource);
        Map<String, JsonNode> live = reports();
        String serving = activeSchema();

        String first = rebuild();
        Map<String, String> firstTables = digest(first);
        assertEquals(first, activeSchema());
        assertEquals(live, reports(), "reports after the first rebuild");
        // the secondary indexes, dropped while the facts were loaded, are all back as they were
        assertEquals(indexes(serving), indexes(first));
        assertTrue(indexes(first).size() > 20, "indexes: " + indexes(first).size());

        String second = rebuild();
        assertNotEquals(first, second);
        assertEquals(second, activeSchema());
        assertEquals(firstTables, digest(second), "tables of two rebuilds");
        assertEquals(live, reports(), "reports after the second rebuild");
    }

    @Test
    void onlyAdministratorsRebuild() {
        given().header("Authorization", TestTokens.bearer("organiser", ROOT)).post("/api/v1/admin/rebuilds").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("admin", ROOT)).get("/api/v1/admin/rebuilds/" + java.util.UUID.randomUUID())
                .then().statusCode(404);
    }

    private String rebuild() {
        String admin = TestTokens.bearer("admin", ROOT);
        var started = given().header("Authorization", admin).post("/api/v1/admin/rebuilds").then().statusCode(202)
                .body("state", equalTo("RUNNING")).extract();
        String location = started.header("Location");
        String schema = started.path("targetSchema");
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(300)).until(() ->
                !"RUNNING".equals(given().header("Authorization", admin).get(location).then().statusCode(200).extract().path("state")));
        var done = given().header("Authorization", admin).get(location).then().statusCode(200).extract();
        assertEquals("SWITCHED", done.path("state"), "failure: " + done.path("failure"));
        assertEquals(0, ((Number) done.path("eventsRemaining")).intValue());
        assertTrue(((Number) done.path("eventsApplied")).longValue() > 1_500);
        return schema;
    }

    private Map<String, JsonNode> reports() {
        Map<String, JsonNode> answers = new TreeMap<>();
        for (String report : List.of("achievement", "new-members", "funnel", "training", "forecast", "compliance")) {
            answers.put(report + "/P1", figures(ReportClient.report("admin", ROOT, report, Map.of("orgId", P1, "period", "2026"))));
        }
        for (String report : List.of("coverage", "overdue")) {
            answers.put(report + "/P2", figures(ReportClient.report("admin", ROOT, report, Map.of("orgId", P2))));
        }
        return answers;
    }

    /** The answer without what describes the moment it was read (its freshness, and asOf from it). */
    private static JsonNode figures(JsonNode report) {
        var copy = ((com.fasterxml.jackson.databind.node.ObjectNode) report).deepCopy();
        copy.remove(List.of("asOf", "freshness"));
        return copy;
    }

    private String activeSchema() throws Exception {
        try (Connection connection = dataSource.getConnection();
             var rows = connection.createStatement().executeQuery("SELECT active_schema FROM public.read_model")) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** The schema's index definitions, the schema's name left out. */
    private java.util.Set<String> indexes(String schema) throws Exception {
        java.util.Set<String> definitions = new java.util.TreeSet<>();
        try (Connection connection = dataSource.getConnection();
             var select = connection.prepareStatement("SELECT replace(indexdef, ' ' || schemaname || '.', ' ') FROM pg_indexes WHERE schemaname = ?")) {
            select.setString(1, schema);
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    definitions.add(rows.getString(1));
                }
            }
        }
        return definitions;
    }

    private Map<String, String> digest(String schema) throws Exception {
        return ReadModelDigest.of(dataSource, schema, TABLES);
    }
}
