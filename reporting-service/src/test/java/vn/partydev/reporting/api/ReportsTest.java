package vn.partydev.reporting.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.partydev.local.TestTokens;
import vn.partydev.reporting.OnTheDataset;
import vn.partydev.reporting.ReportingDataset;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partydev.reporting.ReportingDataset.*;
import static vn.partydev.reporting.api.ReportClient.assertCountAndPercent;
import static vn.partydev.reporting.api.ReportClient.assertPercent;
import static vn.partydev.reporting.api.ReportClient.report;
import static vn.partydev.reporting.api.ReportClient.row;
import static vn.partydev.reporting.api.ReportClient.rows;

/** Every report's figures, from real events on the real broker, against the hand-worked {@link ReportingDataset}. */
@QuarkusTest
class ReportsTest extends OnTheDataset {

    @Test
    void newMembersOfTheFirstQuarterByEveryCategory() {
        JsonNode report = report("organiser", P1, "new-members", Map.of("orgId", P1, "period", "2026-Q1"));
        assertEquals("2026-01-01", report.get("from").asText());
        assertEquals("2026-03-31", report.get("to").asText());
        assertCountAndPercent(row(report, "breakdown", "dimension", "TOTAL", "value", "ALL"), 424, "100.00");
        assertCountAndPercent(row(report, "breakdown", "dimension", "GENDER", "value", "FEMALE"), 214, "50.47");
        assertCountAndPercent(row(report, "breakdown", "dimension", "GENDER", "value", "MALE"), 210, "49.53");
        assertCountAndPercent(row(report, "breakdown", "dimension", "ETHNICITY", "value", "MINORITY"), 32, "7.55");
        assertCountAndPercent(row(report, "breakdown", "dimension", "ETHNICITY", "value", "KINH"), 392, "92.45");
        assertCountAndPercent(row(report, "breakdown", "dimension", "RELIGION", "value", "RELIGIOUS"), 7, "1.65");
        assertCountAndPercent(row(report, "breakdown", "dimension", "AGE_BAND", "value", "FROM_18_TO_30"), 411, "96.93");
        assertCountAndPercent(row(report, "breakdown", "dimension", "AGE_BAND", "value", "OVER_60"), 13, "3.07");
        assertCountAndPercent(row(report, "breakdown", "dimension", "AGE_BAND", "value", "FROM_31_TO_40"), 0, "0.00");
        assertCountAndPercent(row(report, "breakdown", "dimension", "PROFESSIONAL_LEVEL", "value", "UNIVERSITY"), 311, "73.35");
        assertCountAndPercent(row(report, "breakdown", "dimension", "PROFESSIONAL_LEVEL", "value", "COLLEGE"), 113, "26.65");
        assertCountAndPercent(row(report, "breakdown", "dimension", "PROFESSIONAL_LEVEL", "value", "NONE"), 0, "0.00");
        assertCountAndPercent(row(report, "breakdown", "dimension", "OCCUPATION", "value", "STUDENT"), 311, "73.35");
        assertCountAndPercent(row(report, "breakdown", "dimension", "YOUTH_UNION", "value", "YES"), 311, "73.35");
        assertCountAndPercent(row(report, "breakdown", "dimension", "SOURCE", "value", "YOUTH_UNION"), 311, "73.35");
        assertCountAndPercent(row(report, "breakdown", "dimension", "SOURCE", "value", "TRADE_UNION"), 113, "26.65");
        assertEquals("Nữ", row(report, "breakdown", "dimension", "GENDER", "value", "FEMALE").get("valueVi").asText());
        // the rows committees report upward: sums of their parts (university 311 + college 113)
        assertCountAndPercent(row(report, "breakdown", "dimension", "PROFESSIONAL_LEVEL", "value", "INTERMEDIATE_OR_HIGHER"), 424, "100.00");
        assertCountAndPercent(row(report, "breakdown", "dimension", "PROFESSIONAL_LEVEL", "value", "UNIVERSITY_OR_HIGHER"), 311, "73.35");
        assertEquals("Trung cấp trở lên", row(report, "breakdown", "dimension", "PROFESSIONAL_LEVEL", "value", "INTERMEDIATE_OR_HIGHER")
                .get("valueVi").asText());
        long lowerSecondary = row(report, "breakdown", "dimension", "GENERAL_EDUCATION", "value", "LOWER_SECONDARY").get("count").asLong();
        long upperSecondary = row(report, "breakdown", "dimension", "GENERAL_EDUCATION", "value", "UPPER_SECONDARY").get("count").asLong();
        assertTrue(upperSecondary > 0, "the dataset has upper-secondary admissions");
        assertEquals(lowerSecondary + upperSecondary,
                row(report, "breakdown", "dimension", "GENERAL_EDUCATION", "value", "LOWER_SECONDARY_OR_HIGHER").get("count").asLong());
    }

    @Test
    void newMembersOfOneCommuneAndOfTheCellsUnderIt() {
        // C1 = K1 + K2: Youth Union i % 3 in {0, 1} below 311 (104 + 104), Trade Union j % 3 in {0, 1} (38 + 38)
        assertCountAndPercent(row(report("organiser", P1, "new-members", Map.of("orgId", C1, "period", "2026-Q1")),
                "breakdown", "dimension", "TOTAL", "value", "ALL"), 284, "100.00");
        assertCountAndPercent(row(report("organiser", P1, "new-members", Map.of("orgId", K3, "period", "2026")),
                "breakdown", "dimension", "TOTAL", "value", "ALL"), 140, "100.00");
    }

    @Test
    void newMembersBetweenDatesInsideMonthsMatchTheWholeMonthFigures() {
        // 15 Feb – 16 Mar: Youth Union ceremonies 10 Feb + i % 40 with i % 40 in 5..34 (7 × 30 + 26), Trade Union on 16 Mar (38)
        JsonNode partial = report("viewer", ROOT, "new-members", Map.of("orgId", P1, "from", "2026-02-15", "to", "2026-03-16"));
        assertEquals(274, row(partial, "breakdown", "dimension", "TOTAL", "value", "ALL").get("count").asLong());
        JsonNode february = report("viewer", ROOT, "new-members", Map.of("orgId", P1, "period", "2026-02"));
        JsonNode march = report("viewer", ROOT, "new-members", Map.of("orgId", P1, "period", "2026-03"));
        long feb = row(february, "breakdown", "dimension", "TOTAL", "value", "ALL").get("count").asLong();
        long mar = row(march, "breakdown", "dimension", "TOTAL", "value", "ALL").get("count").asLong();
        assertEquals(424, feb + mar);
        // February: 10 Feb + 0..18 → i % 40 in 0..18 → 7 × 19 + 19
        assertEquals(152, feb);
    }

    @Test
    void achievementAgainstTargetsPerChild() {
        setTarget("admin", ROOT, P1, "2026", 700);
        setTarget("organiser", P1, C1, "2026", 400);
        setTarget("organiser", P1, C2, "2026", 250);
        JsonNode report = report("organiser", P1, "achievement", Map.of("orgId", P1, "period", "2026"));
        JsonNode province = row(report, "achievement", "orgCode", "P1");
        assertEquals(700, province.get("target").asLong());
        assertEquals(424, province.get("admitted").asLong());
        assertPercent("60.57", province.get("percent"));
        assertEquals("2026-06-15", province.get("ytdTo").asText());
        assertEquals(424, province.get("ytdAdmitted").asLong());
        assertPercent("60.57", province.get("ytdPercent"));
        JsonNode c1 = row(report, "achievement", "orgCode", "P1-C1");
        assertEquals(284, c1.get("admitted").asLong());
        assertPercent("71.00", c1.get("percent"));
        JsonNode c2 = row(report, "achievement", "orgCode", "P1-C2");
        assertEquals(140, c2.get("admitted").asLong());
        assertPercent("56.00", c2.get("percent"));
        assertEquals(3, rows(report, "achievement").size());

        JsonNode quarter = report("organiser", P1, "achievement", Map.of("orgId", P1, "period", "2026-Q1"));
        JsonNode q1 = row(quarter, "achievement", "orgCode", "P1");
        assertEquals("2026", q1.get("targetPeriod").asText());
        assertEquals(424, q1.get("admitted").asLong());
        assertEquals("2026-03-31", q1.get("ytdTo").asText());
    }

    @Test
    void achievementWarnsWhenNoTargetIsSet() {
        JsonNode report = report("organiser", P2, "achievement", Map.of("orgId", P2, "period", "2026"));
        assertTrue(report.get("warnings").toString().contains("no target is set for P2 for 2026"), report.get("warnings").toString());
        assertTrue(row(report, "achievement", "orgCode", "P2").get("percent").isNull());
    }

    @Test
    void funnelOfTheFirstQuarterWithConversionPerSourceAndMedianWorkingDays() {
        JsonNode report = report("organiser", P1, "funnel", Map.of("orgId", P1, "period", "2026-Q1"));
        JsonNode youth = row(report, "by-source", "source", "YOUTH_UNION");
        assertEquals(463, youth.get("nominated").asLong());
        assertEquals(311, youth.get("admitted").asLong());
        assertPercent("67.17", youth.get("conversionPercent"));
        JsonNode trade = row(report, "by-source", "source", "TRADE_UNION");
        assertEquals(List.of(113L, 113L, 113L, 113L, 113L, 113L, 0L), List.of(trade.get("nominated").asLong(), trade.get("listed").asLong(),
                trade.get("trained").asLong(), trade.get("certified").asLong(), trade.get("caseOpened").asLong(),
                trade.get("admitted").asLong(), trade.get("recognised").asLong()));
        assertPercent("100.00", trade.get("conversionPercent"));
        assertPercent(null, row(report, "by-source", "source", "WOMENS_UNION").get("conversionPercent"));

        assertEquals(576, row(report, "stages", "stage", "NOMINATED").get("count").asLong());
        JsonNode listed = row(report, "stages", "stage", "LISTED");
        assertEquals(113, listed.get("count").asLong());
        assertPercent("19.62", listed.get("conversionPercent"));
        // 10 Jan (a make-up Saturday, not counted) → 20 Jan: 12–16, 19, 20 Jan
        assertEquals(new BigDecimal("7.0"), listed.get("medianWorkingDays").decimalValue());
        assertEquals(new BigDecimal("9.0"), row(report, "stages", "stage", "TRAINED").get("medianWorkingDays").decimalValue());
        // 2 → 27 Feb: 3–6, 9–13, (Tết 16–20 off), 23–27
        assertEquals(new BigDecimal("14.0"), row(report, "stages", "stage", "CERTIFIED").get("medianWorkingDays").decimalValue());
        assertEquals(new BigDecimal("1.0"), row(report, "stages", "stage", "CASE_OPENED").get("medianWorkingDays").decimalValue());
        JsonNode admitted = row(report, "stages", "stage", "ADMITTED");
        assertEquals(424, admitted.get("count").asLong());
        // 2 Mar → 16/17/18 Mar = 10/11/12 working days for 38/38/37 people: the 57th of 113 is 11
        assertEquals(new BigDecimal("11.0"), admitted.get("medianWorkingDays").decimalValue());
        JsonNode recognised = row(report, "stages", "stage", "RECOGNISED");
        assertEquals(0, recognised.get("count").asLong());
        assertTrue(recognised.get("medianWorkingDays").isNull());
    }

    @Test
    void funnelBetweenDatesAcrossMonthsIsTheSumOfItsPartsAndAgreesWithNewMembers() {
        // 15 Jan – 16 Mar: January and March partly (person rows), February whole (the rollup)
        JsonNode whole = report("viewer", ROOT, "funnel", Map.of("orgId", P1, "from", "2026-01-15", "to", "2026-03-16"));
        List<JsonNode> parts = List.of(
                report("viewer", ROOT, "funnel", Map.of("orgId", P1, "from", "2026-01-15", "to", "2026-01-31")),
                report("viewer", ROOT, "funnel", Map.of("orgId", P1, "period", "2026-02")),
                report("viewer", ROOT, "funnel", Map.of("orgId", P1, "from", "2026-03-01", "to", "2026-03-16")));
        for (String stage : List.of("NOMINATED", "LISTED", "TRAINED", "CERTIFIED", "CASE_OPENED", "ADMITTED", "RECOGNISED")) {
            long sum = parts.stream().mapToLong(part -> row(part, "stages", "stage", stage).get("count").asLong()).sum();
            assertEquals(sum, row(whole, "stages", "stage", stage).get("count").asLong(), stage);
        }
        // the medians of the same three parts: January and March from the person rows, February from the rollup
        assertEquals(new BigDecimal("7.0"), row(whole, "stages", "stage", "LISTED").get("medianWorkingDays").decimalValue());
        assertEquals(new BigDecimal("9.0"), row(whole, "stages", "stage", "TRAINED").get("medianWorkingDays").decimalValue());
        assertEquals(new BigDecimal("14.0"), row(whole, "stages", "stage", "CERTIFIED").get("medianWorkingDays").decimalValue());
        assertEquals(new BigDecimal("1.0"), row(whole, "stages", "stage", "CASE_OPENED").get("medianWorkingDays").decimalValue());
        // of those admitted from 1 to 16 Mar, only the 38 Trade Union nominees admitted on 16 Mar had a case opened (2 Mar): 10 working days
        assertEquals(new BigDecimal("10.0"), row(whole, "stages", "stage", "ADMITTED").get("medianWorkingDays").decimalValue());
        JsonNode newMembers = report("viewer", ROOT, "new-members", Map.of("orgId", P1, "from", "2026-01-15", "to", "2026-03-16"));
        long admitted = row(newMembers, "breakdown", "dimension", "TOTAL", "value", "ALL").get("count").asLong();
        assertEquals(admitted, row(whole, "stages", "stage", "ADMITTED").get("count").asLong());
        assertTrue(admitted > 152, "February's 152 admissions and some of March's are in the period: " + admitted);
    }

    @Test
    void trainingOfTheFirstQuarter() {
        JsonNode report = report("trainer", C1, "training", Map.of("orgId", C1, "period", "2026-Q1"));
        JsonNode awareness = row(report, "training", "kind", "AWARENESS");
        assertEquals(1, awareness.get("classes").asLong());
        assertEquals(113, awareness.get("trainees").asLong());
        assertEquals(113, awareness.get("certificates").asLong());
        assertEquals(10, awareness.get("checked").asLong());
        assertEquals(10, awareness.get("passed").asLong());
        assertEquals(7, awareness.get("passedFirstAttempt").asLong());
        assertPercent("100.00", awareness.get("passPercent"));
        assertPercent("70.00", awareness.get("firstAttemptPassPercent"));
        JsonNode theory = row(report, "training", "kind", "NEW_MEMBER_THEORY");
        assertEquals(0, theory.get("classes").asLong());
        assertPercent(null, theory.get("firstAttemptPassPercent"));

        JsonNode year = report("organiser", P1, "training", Map.of("orgId", P1, "period", "2026"));
        assertEquals(2, row(year, "training", "kind", "AWARENESS").get("classes").asLong());
    }

    @Test
    void coverageOfTheSecondProvince() {
        JsonNode report = report("organiser", P2, "coverage", Map.of("orgId", P2));
        JsonNode province = row(report, "members", "orgCode", "P2");
        assertEquals(11, province.get("members").asLong());
        assertEquals(8, province.get("officials").asLong());
        assertEquals(10_000, province.get("population").asLong());
        assertPercent("0.11", province.get("membersPerPopulationPercent"));
        assertEquals(Set.of("Tổ dân phố Hai", "Tổ dân phố Ba"), values(report, "areas-without-members", "areaName"));
        assertEquals(Set.of("Tổ dân phố Hai"), values(report, "areas-without-cell", "areaName"));
        // the commune's id, so that a front-end links an area to its organisation
        assertEquals(Set.of(ReportingDataset.C3.toString()), values(report, "areas-without-cell", "communeId"));
        assertEquals(Set.of("P2-C3-K4", "P2-C3-K6"), values(report, "cells-under-5-members", "cellCode"));
        assertEquals(Set.of("P2-C3-K4", "P2-C3-K6"), values(report, "cells-under-3-officials", "cellCode"));
        assertEquals(2, row(report, "cells-under-5-members", "cellCode", "P2-C3-K4").get("members").asLong());
        assertEquals(Set.of("P2-C3-K4"), values(report, "no-recent-admission", "cellCode"));
        assertEquals(Set.of(), values(report("organiser", P2, "coverage", Map.of("orgId", P2, "years", "5")), "no-recent-admission", "cellCode"));
    }

    @Test
    void overdueWorkAsOfTheFifteenthOfJune() {
        JsonNode report = report("organiser", P2, "overdue", Map.of("orgId", P2));
        for (String kind : List.of("DECISION", "CEREMONY", "RECOGNITION_VOTE", "RECOGNITION_DECISION")) {
            assertEquals(1, row(report, "summary", "kind", kind).get("count").asLong(), kind);
        }
        assertEquals(4, rows(report, "items").size());
        assertOverdue(report, "DECISION", X1, "2026-06-01", 10);
        assertOverdue(report, "CEREMONY", X2, "2026-06-10", 3);
        assertOverdue(report, "RECOGNITION_VOTE", X5, "2026-04-15", 40);
        assertOverdue(report, "RECOGNITION_DECISION", X6, "2026-06-05", 6);
        assertEquals(0, rows(report("organiser", P1, "overdue", Map.of("orgId", P1)), "items").size());
    }

    @Test
    void forecastOfTheYearFromEachOrganisationsOwnHistory() {
        setTarget("admin", ROOT, P1, "2026", 700);
        setTarget("organiser", P1, C1, "2026", 400);
        setTarget("organiser", P1, C2, "2026", 250);
        JsonNode report = report("organiser", P1, "forecast", Map.of("orgId", P1, "period", "2026"));
        JsonNode province = row(report, "forecast", "orgCode", "P1");
        assertEquals(424, province.get("admitted").asLong());
        assertEquals(6, province.get("openCases").asLong());
        assertEquals(4, province.get("certifiedWaiting").asLong());
        assertPercent("100.00", province.get("caseAdmissionPercent"));
        assertPercent("96.75", province.get("certifiedCasePercent"));   // 119 of 123
        assertEquals(15, province.get("medianDaysCaseToAdmission").asLong());
        assertEquals(3, province.get("medianDaysCertifiedToCase").asLong());
        // 424 + 6 × 1 + 4 × 119/123 × 1 = 433.87
        assertEquals(434, province.get("expected").asLong());
        assertEquals(266, province.get("shortfall").asLong());
        JsonNode c1 = row(report, "forecast", "orgCode", "P1-C1");
        // 284 + 6 + 4 × 82/86 = 293.81
        assertEquals(294, c1.get("expected").asLong());
        assertEquals(106, c1.get("shortfall").asLong());
        JsonNode c2 = row(report, "forecast", "orgCode", "P1-C2");
        assertEquals(140, c2.get("expected").asLong());
        assertEquals(110, c2.get("shortfall").asLong());
    }

    @Test
    void everyAnswerSaysHowFreshItIs() {
        JsonNode[] report = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            report[0] = report("viewer", ROOT, "new-members", Map.of("orgId", ROOT, "period", "2026"));
            return report[0].get("freshness").get("complete").asBoolean();
        });
        OffsetDateTime asOf = OffsetDateTime.parse(report[0].get("asOf").asText());
        assertTrue(asOf.isAfter(OffsetDateTime.now().minusHours(1)) && !asOf.isAfter(OffsetDateTime.now()), asOf.toString());
        OffsetDateTime latest = OffsetDateTime.parse(report[0].get("freshness").get("latestEventApplied").asText());
        assertFalse(latest.isAfter(OffsetDateTime.now()), latest.toString());
        JsonNode topics = report[0].get("freshness").get("topics");
        assertEquals(3, topics.size(), topics.toString());
        for (JsonNode topic : topics) {
            assertEquals(0, topic.get("behindEvents").asLong(), topic.toString());
            assertEquals(topic.get("endOffsets").toString(), topic.get("applied").toString(), topic.toString());
        }
    }

    @Test
    void aCommuneUserGetsNotFoundForAnotherCommune() {
        given().header("Authorization", TestTokens.bearer("cell", C1)).queryParam("orgId", C3).queryParam("period", "2026")
                .get("/api/v1/reports/new-members").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().header("Authorization", TestTokens.bearer("cell", C1)).queryParam("orgId", C2).queryParam("period", "2026")
                .get("/api/v1/reports/coverage").then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("cell", C1)).queryParam("orgId", P1).queryParam("period", "2026")
                .get("/api/v1/reports/funnel").then().statusCode(404);
        report("cell", C1, "new-members", Map.of("orgId", K1, "period", "2026"));
    }

    @Test
    void badQueriesAreProblemsNamingTheParameter() {
        String token = TestTokens.bearer("organiser", P1);
        given().header("Authorization", token).queryParam("orgId", P1).queryParam("period", "2026-Q5")
                .get("/api/v1/reports/new-members").then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("INVALID_PERIOD")).body("detail", containsString("quarter must be 1 to 4"))
                .body("errors[0].parameter", equalTo("period"));
        given().header("Authorization", token).queryParam("orgId", "not-an-id").queryParam("period", "2026")
                .get("/api/v1/reports/new-members").then().statusCode(400).body("code", equalTo("INVALID_ORGID"));
        given().header("Authorization", token).queryParam("orgId", P1)
                .get("/api/v1/reports/new-members").then().statusCode(400).body("code", equalTo("INVALID_PERIOD"));
        given().header("Authorization", token).queryParam("orgId", P1).queryParam("from", "2026-03-01").queryParam("to", "2026-02-28")
                .get("/api/v1/reports/funnel").then().statusCode(400).body("detail", equalTo("to (2026-02-28) is before from (2026-03-01)"));
        given().header("Authorization", token).queryParam("orgId", P1).queryParam("years", "0")
                .get("/api/v1/reports/coverage").then().statusCode(400).body("code", equalTo("INVALID_YEARS"));
        given().header("Authorization", token).queryParam("orgId", P1).queryParam("period", "2026").queryParam("format", "pdf")
                .get("/api/v1/reports/new-members").then().statusCode(400).body("code", equalTo("INVALID_FORMAT"));
        given().header("Authorization", token).queryParam("orgId", P1).queryParam("period", "2026")
                .get("/api/v1/reports/popularity").then().statusCode(404);
        given().queryParam("orgId", P1).queryParam("period", "2026").get("/api/v1/reports/new-members").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("feed", ROOT)).queryParam("orgId", P1).queryParam("period", "2026")
                .get("/api/v1/reports/new-members").then().statusCode(403);
    }

    @Test
    void consumerLagPerTopicIsInTheMetrics() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String topic : List.of("partydev.candidate.v1", "partydev.training.v1", "partydev.admission.v1")) {
            assertTrue(metrics.lines().anyMatch(line -> line.startsWith("partydev_consumer_lag") && line.contains("topic=\"" + topic + "\"")),
                    "lag gauge for " + topic);
        }
        assertFalse(metrics.isEmpty());
    }

    private static void assertOverdue(JsonNode report, String kind, java.util.UUID person, String due, int workingDays) {
        JsonNode item = row(report, "items", "personId", person.toString());
        assertEquals(kind, item.get("kind").asText());
        assertEquals(due, item.get("due").asText());
        assertEquals(workingDays, item.get("workingDaysOverdue").asInt());
    }

    private static Set<String> values(JsonNode report, String table, String key) {
        return rows(report, table).stream().map(row -> row.get(key).asText()).collect(Collectors.toSet());
    }

    static void setTarget(String role, java.util.UUID callerOrg, java.util.UUID org, String period, int admissions) {
        given().header("Authorization", TestTokens.bearer(role, callerOrg)).contentType("application/json")
                .body(Map.of("admissions", admissions)).put("/api/v1/targets/" + org + "/" + period).then().statusCode(200);
    }
}
