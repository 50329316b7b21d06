package vn.partydev.reporting.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import vn.partydev.local.TestTokens;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads reports over HTTP with a real token and finds rows in their tables. */
final class ReportClient {

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private ReportClient() {
    }

    static JsonNode report(String role, UUID callerOrg, String report, Map<String, ?> query) {
        String body = given().header("Authorization", TestTokens.bearer(role, callerOrg)).queryParams(query)
                .get("/api/v1/reports/" + report).then().statusCode(200).contentType("application/json").extract().asString();
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    static JsonNode table(JsonNode report, String name) {
        for (JsonNode table : report.get("tables")) {
            if (table.get("name").asText().equals(name)) {
                return table;
            }
        }
        throw new AssertionError("no table " + name + " in " + report);
    }

    static List<JsonNode> rows(JsonNode report, String table) {
        List<JsonNode> rows = new ArrayList<>();
        table(report, table).get("rows").forEach(rows::add);
        return rows;
    }

    /** The one row whose {@code key} column has {@code value}. */
    static JsonNode row(JsonNode report, String table, String key, String value) {
        List<JsonNode> found = rows(report, table).stream().filter(row -> value.equals(row.get(key).asText())).toList();
        assertEquals(1, found.size(), "rows of " + table + " with " + key + "=" + value);
        return found.get(0);
    }

    static JsonNode row(JsonNode report, String table, String key1, String value1, String key2, String value2) {
        List<JsonNode> found = rows(report, table).stream()
                .filter(row -> value1.equals(row.get(key1).asText()) && value2.equals(row.get(key2).asText())).toList();
        assertEquals(1, found.size(), "rows of " + table + " with " + key1 + "=" + value1 + ", " + key2 + "=" + value2);
        return found.get(0);
    }

    static void assertCountAndPercent(JsonNode row, long count, String percent) {
        assertEquals(count, row.get("count").asLong(), row.toString());
        assertPercent(percent, row.get("percent"));
    }

    static void assertPercent(String expected, JsonNode value) {
        if (expected == null) {
            assertTrue(value == null || value.isNull(), "expected no percentage, got " + value);
            return;
        }
        assertEquals(new BigDecimal(expected), value.decimalValue(), "percentage");
    }
}
