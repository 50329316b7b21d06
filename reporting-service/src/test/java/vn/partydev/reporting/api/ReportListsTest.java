package vn.partydev.reporting.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.partydev.local.TestTokens;
import vn.partydev.reporting.OnTheDataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partydev.reporting.ReportingDataset.P1;
import static vn.partydev.reporting.ReportingDataset.P2;
import static vn.partydev.reporting.api.ReportClient.report;
import static vn.partydev.reporting.api.ReportClient.row;
import static vn.partydev.reporting.api.ReportClient.rows;

/** Lists of coverage and overdue capped by {@code limit}: counts stay complete, a list cut short says so with its total. */
@QuarkusTest
class ReportListsTest extends OnTheDataset {

    @Test
    void overdueItemsBeyondTheLimitAreCountedAndAnnounced() {
        JsonNode whole = report("organiser", P2, "overdue", Map.of("orgId", P2));
        assertEquals(4, rows(whole, "items").size());
        assertEquals(List.of(), warnings(whole));

        JsonNode capped = report("organiser", P2, "overdue", Map.of("orgId", P2, "limit", "3"));
        for (String kind : List.of("DECISION", "CEREMONY", "RECOGNITION_VOTE", "RECOGNITION_DECISION")) {
            assertEquals(1, row(capped, "summary", "kind", kind).get("count").asLong(), kind);
        }
        // the first three of the whole list, in its order
        assertEquals(rows(whole, "items").subList(0, 3), rows(capped, "items"));
        assertEquals(List.of("list items shows the first 3 of 4 rows (limit=3); the counts are complete; "
                + "ask with a larger limit (up to 1000000) for the whole list"), warnings(capped));
        assertEquals(List.of(), warnings(report("organiser", P2, "overdue", Map.of("orgId", P2, "limit", "4"))));
    }

    @Test
    void coverageListsBeyondTheLimitAreCountedAndAnnounced() {
        JsonNode whole = report("organiser", P2, "coverage", Map.of("orgId", P2));
        assertEquals(List.of(), warnings(whole));

        JsonNode capped = report("organiser", P2, "coverage", Map.of("orgId", P2, "limit", "1"));
        assertEquals(rows(whole, "members"), rows(capped, "members"));
        assertEquals(1, rows(capped, "areas-without-members").size());
        assertTrue(Set.of("Tổ dân phố Hai", "Tổ dân phố Ba").contains(rows(capped, "areas-without-members").get(0).get("areaName").asText()));
        assertEquals(rows(whole, "areas-without-cell"), rows(capped, "areas-without-cell"));
        assertEquals(List.of("P2-C3-K4"), codes(capped, "cells-under-5-members"));
        assertEquals(List.of("P2-C3-K4"), codes(capped, "cells-under-3-officials"));
        assertEquals(rows(whole, "no-recent-admission"), rows(capped, "no-recent-admission"));
        assertEquals(List.of(
                "list areas-without-members shows the first 1 of 2 rows (limit=1); the counts are complete; ask with a larger limit (up to 1000000) for the whole list",
                "list cells-under-5-members shows the first 1 of 2 rows (limit=1); the counts are complete; ask with a larger limit (up to 1000000) for the whole list",
                "list cells-under-3-officials shows the first 1 of 2 rows (limit=1); the counts are complete; ask with a larger limit (up to 1000000) for the whole list"),
                warnings(capped));
    }

    @Test
    void aLimitOutsideOneToAMillionIsABadRequest() {
        String token = TestTokens.bearer("organiser", P1);
        for (String limit : List.of("0", "1000001", "ten")) {
            given().header("Authorization", token).queryParam("orgId", P1).queryParam("limit", limit)
                    .get("/api/v1/reports/overdue").then().statusCode(400).body("code", equalTo("INVALID_LIMIT"))
                    .body("errors[0].parameter", equalTo("limit"));
        }
        given().header("Authorization", token).queryParam("orgId", P1).queryParam("limit", "1000000")
                .get("/api/v1/reports/coverage").then().statusCode(200);
    }

    private static List<String> warnings(JsonNode report) {
        List<String> warnings = new ArrayList<>();
        report.get("warnings").forEach(warning -> warnings.add(warning.asText()));
        return warnings;
    }

    private static List<String> codes(JsonNode report, String table) {
        return rows(report, table).stream().map(row -> row.get("cellCode").asText()).toList();
    }
}
