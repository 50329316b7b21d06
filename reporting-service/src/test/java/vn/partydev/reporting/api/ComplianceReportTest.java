package vn.partydev.reporting.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.partydev.local.PartyDevTestInfrastructure;
import vn.partydev.local.TestTokens;
import vn.partydev.platform.codes.EthnicGroup;
import vn.partydev.platform.codes.Gender;
import vn.partydev.platform.codes.GeneralEducation;
import vn.partydev.platform.codes.NominationSource;
import vn.partydev.platform.codes.Occupation;
import vn.partydev.platform.codes.OrganisationKind;
import vn.partydev.platform.codes.ProfessionalLevel;
import vn.partydev.platform.codes.Religion;
import vn.partydev.platform.events.Demographics;
import vn.partydev.platform.events.EventInjector;
import vn.partydev.platform.events.admission.AdmissionCaseOpened;
import vn.partydev.platform.events.admission.AdmissionDecided;
import vn.partydev.platform.events.admission.CellResolutionAdopted;
import vn.partydev.platform.events.admission.MemberAdmitted;
import vn.partydev.platform.events.admission.MemberRecognised;
import vn.partydev.platform.events.admission.MemberStruckOff;
import vn.partydev.platform.events.admission.OrganisationRegistered;
import vn.partydev.platform.events.admission.RecognitionVoteAdopted;
import vn.partydev.platform.events.admission.RecognitionVoteFailed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partydev.reporting.ReportingDataset.ROOT;
import static vn.partydev.reporting.api.ReportClient.report;
import static vn.partydev.reporting.api.ReportClient.row;
import static vn.partydev.reporting.api.ReportClient.rows;

/**
 * Deadlines are duties of the committees (R-SLA-1/2/3): an act done late is counted as a breach for the committee that
 * answers for it, in that committee's report and its parents' — never in its cells'. The events are those the admission
 * service publishes for the boundary of issue 16: a cell resolution on 20 February 2025, the decision due on working day
 * 60 (20 May 2025); one decided on day 60 (on time), one on day 61 (21 May, late by 1).
 * <pre>
 * root ─ SLA (province) ─ SLA-X (commune, decides admissions) ─ SLA-X-K (cell)
 * </pre>
 */
@QuarkusTest
class ComplianceReportTest {

    private static final String ADMISSION = "partydev.admission.v1";
    private static final UUID PROVINCE = UUID.randomUUID();
    private static final UUID COMMUNE = UUID.randomUUID();
    private static final UUID CELL = UUID.randomUUID();
    private static final UUID ON_DAY_60 = UUID.randomUUID();
    private static final UUID ON_DAY_61 = UUID.randomUUID();
    private static final UUID UNDECIDED = UUID.randomUUID();
    private static final UUID APPROVED_CEREMONY = UUID.randomUUID();
    private static final UUID LATE_CEREMONY = UUID.randomUUID();
    private static final UUID LATE_VOTE = UUID.randomUUID();
    private static final UUID LATE_RECOGNITION = UUID.randomUUID();
    private static final UUID STRUCK_OFF_IN_PROBATION = UUID.randomUUID();
    private static final LocalDate RESOLUTION = LocalDate.of(2025, 2, 20);
    private static final LocalDate DAY_60 = LocalDate.of(2025, 5, 20);
    private static final LocalDate DAY_61 = LocalDate.of(2025, 5, 21);

    private static final Demographics WHO = new Demographics(Gender.FEMALE, 30, EthnicGroup.KINH, Religion.NONE,
            GeneralEducation.UPPER_SECONDARY, ProfessionalLevel.UNIVERSITY, Occupation.FARMER, true, false);

    private static boolean published;

    @BeforeEach
    void publishOnce() {
        if (published) {
            return;
        }
        String provincePath = "/" + ROOT + "/" + PROVINCE + "/";
        String communePath = provincePath + COMMUNE + "/";
        try (EventInjector admission = EventInjector.connect(PartyDevTestInfrastructure.kafkaBootstrapServers(), "/partydev/admission-service")) {
            admission.send(ADMISSION, new OrganisationRegistered(PROVINCE, ROOT, OrganisationKind.PROVINCIAL, "SLA", "Tỉnh Hạn", provincePath,
                    true, null, LocalDate.of(2020, 1, 1)));
            admission.send(ADMISSION, new OrganisationRegistered(COMMUNE, PROVINCE, OrganisationKind.COMMUNE, "SLA-X", "Xã Hạn", communePath,
                    true, null, LocalDate.of(2020, 1, 1)));
            admission.send(ADMISSION, new OrganisationRegistered(CELL, COMMUNE, OrganisationKind.CELL, "SLA-X-K", "Chi bộ Hạn",
                    communePath + CELL + "/", false, null, LocalDate.of(2020, 1, 1)));
            // R-SLA-1: day 60 on time, day 61 recorded late by 1, a third still undecided (overdue, not a breach yet)
            for (UUID person : List.of(ON_DAY_60, ON_DAY_61, UNDECIDED)) {
                admission.send(ADMISSION, new AdmissionCaseOpened(person, caseOf(person), CELL, LocalDate.of(2025, 1, 6), "294-QD-TW-2025"));
                admission.send(ADMISSION, new CellResolutionAdopted(person, caseOf(person), CELL, RESOLUTION, 6, 1, 7, DAY_60));
            }
            admission.send(ADMISSION, new AdmissionDecided(ON_DAY_60, caseOf(ON_DAY_60), CELL, COMMUNE, DAY_60, LocalDate.of(2025, 7, 1),
                    DAY_60, false, 0));
            admission.send(ADMISSION, new AdmissionDecided(ON_DAY_61, caseOf(ON_DAY_61), CELL, COMMUNE, DAY_61, LocalDate.of(2025, 7, 2),
                    DAY_60, true, 1));
            // R-SLA-2: a ceremony after its due date with the superior committee's approval is not a breach; without, it is
            admission.send(ADMISSION, new MemberAdmitted(APPROVED_CEREMONY, caseOf(APPROVED_CEREMONY), CELL, null, LocalDate.of(2025, 3, 3),
                    LocalDate.of(2025, 5, 12), LocalDate.of(2026, 5, 12), LocalDate.of(2026, 6, 23), NominationSource.CELL, WHO, COMMUNE,
                    LocalDate.of(2025, 4, 14), LocalDate.of(2025, 4, 10), false, 0));
            admission.send(ADMISSION, new MemberAdmitted(LATE_CEREMONY, caseOf(LATE_CEREMONY), CELL, null, LocalDate.of(2025, 3, 3),
                    LocalDate.of(2025, 4, 17), LocalDate.of(2026, 4, 17), LocalDate.of(2026, 5, 29), NominationSource.CELL, WHO, COMMUNE,
                    LocalDate.of(2025, 4, 14), null, true, 3));
            // R-SLA-3: the cell's first recognition vote late (failed; the second passes and is not measured), a late decision
            admission.send(ADMISSION, new RecognitionVoteFailed(LATE_VOTE, caseOf(LATE_VOTE), CELL, LocalDate.of(2025, 6, 10), 1, 3, 3, 7,
                    LocalDate.of(2025, 6, 2), true, 6));
            admission.send(ADMISSION, new RecognitionVoteAdopted(LATE_VOTE, caseOf(LATE_VOTE), CELL, LocalDate.of(2025, 6, 24), 6, 1, 7,
                    LocalDate.of(2025, 8, 5), LocalDate.of(2025, 6, 2), 2, false, 0));
            admission.send(ADMISSION, new MemberRecognised(LATE_RECOGNITION, caseOf(LATE_RECOGNITION), CELL, LocalDate.of(2025, 9, 10),
                    LocalDate.of(2025, 6, 1), COMMUNE, LocalDate.of(2025, 9, 1), true, 7));
            // struck off during probation: no recognition deadline was running, so no R-SLA-3 act
            admission.send(ADMISSION, new MemberStruckOff(STRUCK_OFF_IN_PROBATION, caseOf(STRUCK_OFF_IN_PROBATION), CELL,
                    LocalDate.of(2025, 9, 20), COMMUNE, null, false, 0));
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            var answer = given().header("Authorization", TestTokens.bearer("viewer", ROOT)).queryParam("orgId", PROVINCE)
                    .queryParam("period", "2025").get("/api/v1/reports/compliance");
            return answer.statusCode() == 200 && answer.jsonPath().getList("tables.find { it.name == 'breaches' }.rows").size() == 4
                    && answer.jsonPath().getInt("tables.find { it.name == 'summary' }.rows.find { it.act == 'RECOGNITION_VOTE' }.acts") == 1;
        });
        published = true;
    }

    @Test
    void aDecisionOnWorkingDaySixtyOneIsABreachOfTheDecidingCommitteeAndDaySixtyIsNot() {
        JsonNode commune = report("organiser", COMMUNE, "compliance", Map.of("orgId", COMMUNE, "period", "2025"));
        JsonNode decisions = row(commune, "by-committee", "committeeCode", "SLA-X", "act", "DECISION");
        assertEquals(COMMUNE.toString(), decisions.get("committeeId").asText());
        assertEquals("R-SLA-1", decisions.get("rule").asText());
        assertCounts(decisions, 2, 1, 0, 1);
        ReportClient.assertPercent("50.00", decisions.get("breachPercent"));
        assertEquals(1, decisions.get("maxLateWorkingDays").asLong());

        JsonNode breach = breach(commune, "DECISION");
        assertEquals(ON_DAY_61.toString(), breach.get("personId").asText());
        assertEquals(caseOf(ON_DAY_61).toString(), breach.get("caseId").asText());
        assertEquals("SLA-X", breach.get("committeeCode").asText());
        assertEquals("2025-05-20", breach.get("due").asText());
        assertEquals("2025-05-21", breach.get("doneOn").asText());
        assertEquals(1, breach.get("lateWorkingDays").asInt());

        // the period counts the day the act was done: May 2025 holds both decisions, April none
        JsonNode may = report("organiser", COMMUNE, "compliance", Map.of("orgId", COMMUNE, "period", "2025-05"));
        assertEquals(2, row(may, "summary", "act", "DECISION").get("acts").asLong());
        JsonNode untilDay60 = report("organiser", COMMUNE, "compliance", Map.of("orgId", COMMUNE, "from", "2025-05-01", "to", "2025-05-20"));
        assertEquals(1, row(untilDay60, "summary", "act", "DECISION").get("acts").asLong());
        assertEquals(0, row(untilDay60, "summary", "act", "DECISION").get("breaches").asLong());
    }

    @Test
    void anApprovedLateCeremonyIsNoBreachAndAnUnapprovedOneIs() {
        JsonNode commune = report("organiser", COMMUNE, "compliance", Map.of("orgId", COMMUNE, "period", "2025"));
        JsonNode ceremonies = row(commune, "by-committee", "committeeCode", "SLA-X", "act", "CEREMONY");
        assertEquals("R-SLA-2", ceremonies.get("rule").asText());
        assertCounts(ceremonies, 2, 0, 1, 1);
        assertEquals(LATE_CEREMONY.toString(), breach(commune, "CEREMONY").get("personId").asText());
        assertEquals(3, breach(commune, "CEREMONY").get("lateWorkingDays").asInt());
    }

    @Test
    void recognitionBreachesCountForTheCellThatVotesAndTheCommitteeThatDecides() {
        JsonNode cell = report("cell", CELL, "compliance", Map.of("orgId", CELL, "period", "2025"));
        JsonNode votes = row(cell, "by-committee", "committeeCode", "SLA-X-K", "act", "RECOGNITION_VOTE");
        assertEquals("R-SLA-3", votes.get("rule").asText());
        assertCounts(votes, 1, 0, 0, 1);
        assertEquals(6, votes.get("maxLateWorkingDays").asLong());
        assertEquals("2025-06-10", breach(cell, "RECOGNITION_VOTE").get("doneOn").asText());
        // the cell's report holds only what the cell answers for: the commune's decisions are not its breaches
        assertEquals(List.of("RECOGNITION_VOTE"), rows(cell, "breaches").stream().map(r -> r.get("act").asText()).toList());
        assertEquals(0, row(cell, "summary", "act", "DECISION").get("acts").asLong());

        JsonNode commune = report("organiser", COMMUNE, "compliance", Map.of("orgId", COMMUNE, "period", "2025"));
        JsonNode decisions = row(commune, "by-committee", "committeeCode", "SLA-X", "act", "RECOGNITION_DECISION");
        // the strike-off during probation had no deadline: one act, the late recognition
        assertCounts(decisions, 1, 0, 0, 1);
        assertEquals(LATE_RECOGNITION.toString(), breach(commune, "RECOGNITION_DECISION").get("personId").asText());
    }

    @Test
    void theProvinceSeesEveryCommitteeOfItsSubtreeAndTheSummaryAddsThemUp() {
        JsonNode province = report("organiser", PROVINCE, "compliance", Map.of("orgId", PROVINCE, "period", "2025"));
        assertEquals(List.of("SLA-X", "SLA-X", "SLA-X", "SLA-X-K"),
                rows(province, "by-committee").stream().map(r -> r.get("committeeCode").asText()).toList());
        assertEquals(List.of("DECISION", "CEREMONY", "RECOGNITION_DECISION", "RECOGNITION_VOTE"),
                rows(province, "by-committee").stream().map(r -> r.get("act").asText()).toList());
        JsonNode decisions = row(province, "summary", "act", "DECISION");
        assertEquals(2, decisions.get("acts").asLong());
        assertEquals(1, decisions.get("breaches").asLong());
        assertEquals(1, decisions.get("lateWorkingDays").asLong());
        // breaches in the order they were done
        assertEquals(List.of("2025-04-17", "2025-05-21", "2025-06-10", "2025-09-10"),
                rows(province, "breaches").stream().map(r -> r.get("doneOn").asText()).toList());
        // limit: the list is cut and says so, the counts stay complete
        JsonNode cut = report("organiser", PROVINCE, "compliance", Map.of("orgId", PROVINCE, "period", "2025", "limit", "1"));
        assertEquals(1, rows(cut, "breaches").size());
        assertTrue(cut.get("warnings").toString().contains("list breaches shows the first 1 of 4 rows"), cut.get("warnings").toString());
        assertEquals(1, row(cut, "summary", "act", "CEREMONY").get("breaches").asLong());
        // another year holds none of it
        assertEquals(0, rows(report("organiser", PROVINCE, "compliance", Map.of("orgId", PROVINCE, "period", "2024")), "breaches").size());
    }

    @Test
    void aLateRecordedDecisionIsNoLongerOverdueWhileAnUndecidedOneIs() {
        JsonNode overdue = report("organiser", PROVINCE, "overdue", Map.of("orgId", PROVINCE));
        List<String> decisions = rows(overdue, "items").stream().filter(r -> r.get("kind").asText().equals("DECISION"))
                .map(r -> r.get("personId").asText()).toList();
        assertEquals(List.of(UNDECIDED.toString()), decisions);
    }

    @Test
    void theCsvCarriesTheBreachesAsTheJsonDoes() {
        String csv = new String(given().header("Authorization", TestTokens.bearer("organiser", COMMUNE)).queryParam("orgId", COMMUNE)
                .queryParam("period", "2025").queryParam("format", "csv").get("/api/v1/reports/compliance").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("DECISION,R-SLA-1," + COMMUNE + ",SLA-X," + ON_DAY_61 + "," + caseOf(ON_DAY_61) + "," + CELL
                + ",2025-05-20,2025-05-21,1\r\n"), csv);
    }

    /** The acts done, on time, late with the superior committee's approval, and breaches, of a row. */
    private static void assertCounts(JsonNode row, long acts, long onTime, long approvedLate, long breaches) {
        assertEquals(List.of(acts, onTime, approvedLate, breaches), List.of(row.get("acts").asLong(), row.get("onTime").asLong(),
                row.get("approvedLate").asLong(), row.get("breaches").asLong()), row.toString());
    }

    private static JsonNode breach(JsonNode report, String act) {
        return row(report, "breaches", "act", act);
    }

    /** A case id derived from the person, so that the assertions can name it. */
    private static UUID caseOf(UUID person) {
        return UUID.nameUUIDFromBytes(("case-" + person).getBytes(StandardCharsets.UTF_8));
    }
}
