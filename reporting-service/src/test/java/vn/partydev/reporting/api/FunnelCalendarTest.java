package vn.partydev.reporting.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.partydev.local.PartyDevTestInfrastructure;
import vn.partydev.platform.events.EventInjector;
import vn.partydev.platform.events.admission.WorkingCalendarChanged;
import vn.partydev.reporting.OnTheDataset;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partydev.reporting.ReportingDataset.P2;
import static vn.partydev.reporting.ReportingDataset.ROOT;
import static vn.partydev.reporting.api.ReportClient.report;
import static vn.partydev.reporting.api.ReportClient.row;

/**
 * The funnel's working days follow the working calendar: when an administrator changes a year, the durations already
 * counted across it are counted again with the new days, in the rollup (whole months) and from the person rows (partial
 * months); a year ahead changes the working days and no duration.
 */
@QuarkusTest
class FunnelCalendarTest extends OnTheDataset {

    private static final String ADMISSION = "partydev.admission.v1";

    @Test
    void aChangedYearRecountsTheWorkingDaysOfEveryDuration() {
        // Y1 in P2: admitted Sunday 1 May 2022, recognised Saturday 10 June 2023. The calendar has no exceptions in 2022 or
        // 2023, so the working days between are the 290 weekdays.
        assertRecognisedMedian("290.0");
        try (EventInjector admission = EventInjector.connect(PartyDevTestInfrastructure.kafkaBootstrapServers(), "/partydev/admission-service")) {
            try {
                // two weekdays off and a make-up Saturday: one working day fewer
                admission.send(ADMISSION, new WorkingCalendarChanged(2023, List.of(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 2)),
                        List.of(LocalDate.of(2023, 3, 4))));
                awaitRecognisedMedian("289.0");
            } finally {
                // the calendar as it was, for the other tests
                admission.send(ADMISSION, new WorkingCalendarChanged(2023, List.of(), List.of()));
            }
            awaitRecognisedMedian("290.0");
        }
    }

    @Test
    void aYearAheadChangesTheWorkingDaysButNoDuration() throws Exception {
        LocalDate newYear = LocalDate.of(2031, 1, 2);   // a Thursday
        try (EventInjector admission = EventInjector.connect(PartyDevTestInfrastructure.kafkaBootstrapServers(), "/partydev/admission-service")) {
            try {
                admission.send(ADMISSION, new WorkingCalendarChanged(2031, List.of(newYear), List.of()));
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> workingDaysOn(newYear) == 0);
                assertRecognisedMedian("290.0");
            } finally {
                admission.send(ADMISSION, new WorkingCalendarChanged(2031, List.of(), List.of()));
            }
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> workingDaysOn(newYear) == 1);
        }
    }

    /** 1 when the active generation's working-day ordinals count the day as a working day, 0 when not. */
    private int workingDaysOn(LocalDate day) throws Exception {
        try (Connection connection = dataSource.getConnection();
             var schema = connection.createStatement().executeQuery("SELECT active_schema FROM public.read_model")) {
            schema.next();
            try (var ordinals = connection.prepareStatement("SELECT max(ordinal) - min(ordinal) FROM " + schema.getString(1)
                    + ".working_day WHERE day IN (?, ?)")) {
                ordinals.setObject(1, day.minusDays(1));
                ordinals.setObject(2, day);
                try (var rows = ordinals.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        }
    }

    private static void awaitRecognisedMedian(String expected) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> assertRecognisedMedian(expected));
    }

    /** The year (whole months: the rollup) and a fortnight of June (a partial month: the person rows) agree. */
    private static void assertRecognisedMedian(String expected) {
        for (Map<String, Object> period : List.<Map<String, Object>>of(Map.of("orgId", P2, "period", "2023"),
                Map.of("orgId", P2, "from", "2023-06-01", "to", "2023-06-15"))) {
            var recognised = row(report("viewer", ROOT, "funnel", period), "stages", "stage", "RECOGNISED");
            assertEquals(1, recognised.get("count").asLong(), period.toString());
            assertEquals(new BigDecimal(expected), recognised.get("medianWorkingDays").decimalValue(), period.toString());
        }
    }
}
