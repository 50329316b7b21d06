package vn.partydev.reporting.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.partydev.local.PartyDevTestInfrastructure;
import vn.partydev.local.TestTokens;
import vn.partydev.platform.codes.OrganisationKind;
import vn.partydev.platform.codes.NominationSource;
import vn.partydev.platform.events.EventInjector;
import vn.partydev.platform.events.admission.OrganisationRegistered;
import vn.partydev.platform.events.candidate.CandidateNominated;
import vn.partydev.reporting.OnTheDataset;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partydev.reporting.ReportingDataset.P1;
import static vn.partydev.reporting.ReportingDataset.ROOT;
import static vn.partydev.reporting.api.ReportClient.report;
import static vn.partydev.reporting.api.ReportClient.row;

/**
 * Answers never claim to be fresher than they are: while the live projection is held back, reports say how far behind
 * they are and that they may be incomplete, the lag metric rises, and an organisation not learned yet is a retryable
 * "not yet known"; once the projection catches up the lag falls to 0 and the answers are complete again. And a cell with
 * thousands of people in one batch is applied by difference, beside another organisation's event, with exact figures.
 */
@QuarkusTest
class FreshnessTest extends OnTheDataset {

    private static final String ADMISSION = "partydev.admission.v1";
    private static final String CANDIDATE = "partydev.candidate.v1";

    @Test
    void whileReportingIsBehindAnswersSaySoAndUnknownOrganisationsAreRetryable() throws Exception {
        awaitComplete();
        OffsetDateTime before = OffsetDateTime.now();
        UUID commune = UUID.randomUUID();
        String admin = TestTokens.bearer("admin", ROOT);
        try (Connection holder = dataSource.getConnection(); Statement statement = holder.createStatement()) {
            holder.setAutoCommit(false);
            // the live projection takes the generation pointer FOR SHARE in every batch: it waits; reports do not
            statement.execute("SELECT active_schema FROM public.read_model FOR UPDATE");
            try (EventInjector admission = EventInjector.connect(PartyDevTestInfrastructure.kafkaBootstrapServers(), "/partydev/admission-service")) {
                admission.send(ADMISSION, new OrganisationRegistered(commune, ROOT, OrganisationKind.PROVINCIAL, "FRESH", "Tỉnh Tươi",
                        "/" + ROOT + "/" + commune + "/", true, 1_000, LocalDate.of(2026, 1, 1)));
            }
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> lag(ADMISSION) > 0);

            JsonNode behind = report("viewer", ROOT, "new-members", Map.of("orgId", P1, "period", "2026"));
            assertFalse(behind.get("freshness").get("complete").asBoolean(), behind.get("freshness").toString());
            assertTrue(topic(behind, ADMISSION).get("behindEvents").asLong() >= 1, behind.get("freshness").toString());
            assertTrue(behind.get("warnings").toString().contains("behind " + ADMISSION), behind.get("warnings").toString());
            OffsetDateTime asOf = OffsetDateTime.parse(behind.get("asOf").asText());
            assertTrue(!asOf.isAfter(OffsetDateTime.now()), "asOf " + asOf);

            Response unknown = given().header("Authorization", admin).queryParam("orgId", commune).queryParam("period", "2026")
                    .get("/api/v1/reports/new-members");
            assertEquals(503, unknown.statusCode(), unknown.asString());
            assertEquals("NOT_YET_KNOWN", unknown.jsonPath().getString("code"));
            assertNotNull(unknown.header("Retry-After"));
            given().header("Authorization", admin).contentType("application/json").body("{\"admissions\": 10}")
                    .put("/api/v1/targets/" + commune + "/2026").then().statusCode(503).body("code", equalTo("NOT_YET_KNOWN"))
                    .header("Retry-After", equalTo("5"));
        } // rolled back: the projection goes on

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> lag(ADMISSION) == 0);
        JsonNode caughtUp = awaitComplete();
        assertTrue(OffsetDateTime.parse(caughtUp.get("asOf").asText()).isAfter(before), caughtUp.get("asOf").asText());
        assertFalse(caughtUp.get("warnings").toString().contains("behind"), caughtUp.get("warnings").toString());
        report("viewer", ROOT, "new-members", Map.of("orgId", commune, "period", "2026"));
        given().header("Authorization", admin).queryParam("orgId", UUID.randomUUID()).queryParam("period", "2026")
                .get("/api/v1/reports/new-members").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void aCellOfThousandsIsAppliedByDifferenceBesideAnotherOrganisation() {
        UUID province = UUID.randomUUID();
        UUID bigCell = UUID.randomUUID();
        UUID smallCell = UUID.randomUUID();
        String provincePath = "/" + ROOT + "/" + province + "/";
        int people = 3_000;
        try (EventInjector admission = EventInjector.connect(PartyDevTestInfrastructure.kafkaBootstrapServers(), "/partydev/admission-service");
             EventInjector candidate = EventInjector.connect(PartyDevTestInfrastructure.kafkaBootstrapServers(), "/partydev/candidate-service")) {
            admission.send(ADMISSION, new OrganisationRegistered(province, ROOT, OrganisationKind.PROVINCIAL, "BIG", "Tỉnh Lớn", provincePath, true,
                    null, LocalDate.of(2020, 1, 1)));
            admission.send(ADMISSION, new OrganisationRegistered(bigCell, province, OrganisationKind.GRASSROOTS_CELL, "BIG-1", "Chi bộ Đại học",
                    provincePath + bigCell + "/", false, null, LocalDate.of(2020, 1, 1)));
            admission.send(ADMISSION, new OrganisationRegistered(smallCell, province, OrganisationKind.GRASSROOTS_CELL, "BIG-2", "Chi bộ Nhỏ",
                    provincePath + smallCell + "/", false, null, LocalDate.of(2020, 1, 1)));
            for (int i = 0; i < people; i++) {
                candidate.send(CANDIDATE, new CandidateNominated(UUID.randomUUID(), bigCell, null, LocalDate.of(2019, 3, 1 + i % 28),
                        NominationSource.YOUTH_UNION, null));
            }
            candidate.send(CANDIDATE, new CandidateNominated(UUID.randomUUID(), smallCell, null, LocalDate.of(2019, 3, 5),
                    NominationSource.TRADE_UNION, null));
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                nominated(smallCell, "TRADE_UNION") == 1 && nominated(bigCell, "YOUTH_UNION") == people);
        JsonNode province2019 = report("viewer", ROOT, "funnel", Map.of("orgId", province, "period", "2019"));
        assertEquals(people, row(province2019, "by-source", "source", "YOUTH_UNION").get("nominated").asLong());
        assertEquals(1, row(province2019, "by-source", "source", "TRADE_UNION").get("nominated").asLong());
        assertEquals(people + 1, row(province2019, "stages", "stage", "NOMINATED").get("count").asLong());
    }

    private static long nominated(UUID org, String source) {
        Response response = given().header("Authorization", TestTokens.bearer("viewer", ROOT)).queryParam("orgId", org)
                .queryParam("period", "2019").get("/api/v1/reports/funnel");
        if (response.statusCode() != 200) {
            return -1;
        }
        for (Object row : response.jsonPath().getList("tables.find { it.name == 'by-source' }.rows", Map.class)) {
            Map<?, ?> values = (Map<?, ?>) row;
            if (source.equals(values.get("source"))) {
                return ((Number) values.get("nominated")).longValue();
            }
        }
        return 0;
    }

    private static JsonNode awaitComplete() {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            last[0] = report("viewer", ROOT, "new-members", Map.of("orgId", P1, "period", "2026"));
            return last[0].get("freshness").get("complete").asBoolean();
        });
        return last[0];
    }

    private static JsonNode topic(JsonNode report, String topic) {
        for (JsonNode entry : report.get("freshness").get("topics")) {
            if (entry.get("topic").asText().equals(topic)) {
                return entry;
            }
        }
        throw new AssertionError("no freshness of " + topic + " in " + report.get("freshness"));
    }

    /** The consumer's lag on the topic, summed over its partitions, as /q/metrics shows it. */
    private static long lag(String topic) {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith("partydev_consumer_lag{") && line.contains("topic=\"" + topic + "\""))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
