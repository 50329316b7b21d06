package vn.partydev.platform.testapp;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.partydev.platform.calendar.WorkingDayCalendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partydev.platform.testapp.Organisations.COMMUNE_A;
import static vn.partydev.platform.testapp.SpecimenRequests.as;

/** The calendar bean reads the seeded working_calendar_day table of the real database; the clock is Vietnam's. */
@QuarkusTest
class WorkingDayCalendarTest {

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    @Test
    void tet2026FromTheDatabase() {
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 2, 13)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 2, 16)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 2, 20)));
        assertEquals(LocalDate.of(2026, 2, 23), calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 1));
    }

    @Test
    void makeUpSaturdayFromTheDatabase() {
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 8, 22)));
        // Fri 21, Sat 22 (make-up), Mon 24, Tue 25, Wed 26
        assertEquals(5, calendar.workingDaysBetween(LocalDate.of(2026, 8, 20), LocalDate.of(2026, 8, 26)));
    }

    @Test
    void endpointsUseTheCalendar() {
        as("cell", COMMUNE_A).queryParam("from", "2026-02-02").queryParam("days", 30).get("/api/v1/specimens/working-days")
                .then().statusCode(200).body("due", equalTo("2026-03-23"));
    }

    @Test
    void theClockIsInVietnamsZone() {
        assertEquals(ZoneId.of("Asia/Ho_Chi_Minh"), clock.getZone());
    }
}
