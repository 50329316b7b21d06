package vn.partydev.platform.calendar;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Working-day arithmetic over the calendar data the platform ships (read from the seed migration itself). */
class WorkingDaysTest {

    private static WorkingDays days;

    @BeforeAll
    static void readTheSeededCalendar() throws IOException {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        try (InputStream sql = WorkingDaysTest.class.getResourceAsStream("/db/platform/V0_21__working_calendar.sql")) {
            String text = new String(sql.readAllBytes(), StandardCharsets.UTF_8);
            Matcher row = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})',\\s*(TRUE|FALSE)").matcher(text);
            while (row.find()) {
                exceptions.put(LocalDate.parse(row.group(1)), Boolean.parseBoolean(row.group(2).toLowerCase()));
            }
        }
        assertTrue(exceptions.size() > 40, "the seed holds 2024–2027");
        days = new WorkingDays(exceptions);
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void weekendsAreOffAndWeekdaysWork() {
        assertTrue(days.isWorkingDay(date(2026, 3, 10)));
        assertFalse(days.isWorkingDay(date(2026, 3, 14)));
        assertFalse(days.isWorkingDay(date(2026, 3, 15)));
    }

    @Test
    void tet2026IsMondayToFridayOff() {
        assertTrue(days.isWorkingDay(date(2026, 2, 13)));
        for (int day = 16; day <= 20; day++) {
            assertFalse(days.isWorkingDay(date(2026, 2, day)), "16–20 Feb 2026");
        }
        assertTrue(days.isWorkingDay(date(2026, 2, 23)));
        assertEquals(date(2026, 2, 23), days.plusWorkingDays(date(2026, 2, 13), 1));
        assertEquals(date(2026, 2, 13), days.plusWorkingDays(date(2026, 2, 23), -1));
        assertEquals(1, days.workingDaysBetween(date(2026, 2, 13), date(2026, 2, 23)));
        assertEquals(0, days.workingDaysBetween(date(2026, 2, 13), date(2026, 2, 22)));
    }

    @Test
    void thirtyWorkingDaysAcrossTet2026() {
        // Feb 3–13: 9; 16–20 off; Feb 23–27: 14; Mar 2–20: 29; Mon 23 Mar: 30 (without Tết it would be 16 Mar)
        assertEquals(date(2026, 3, 23), days.plusWorkingDays(date(2026, 2, 2), 30));
        assertEquals(30, days.workingDaysBetween(date(2026, 2, 2), date(2026, 3, 23)));
        assertEquals(29, days.workingDaysBetween(date(2026, 2, 2), date(2026, 3, 22)));
    }

    @Test
    void thirtyWorkingDaysAcrossHungKingsAndMayDay2026() {
        // Apr 21–24: 4; Mon 27 off (Hùng Kings on Sunday 26); 28–29: 6; 30 Apr, 1 May off; May 4–29: 26; Jun 1–4: 30
        assertFalse(days.isWorkingDay(date(2026, 4, 27)));
        assertEquals(date(2026, 6, 4), days.plusWorkingDays(date(2026, 4, 20), 30));
    }

    @Test
    void newYear2026SwapsFridayForSaturdayTenth() {
        assertFalse(days.isWorkingDay(date(2026, 1, 1)));
        assertFalse(days.isWorkingDay(date(2026, 1, 2)));
        assertTrue(days.isWorkingDay(date(2026, 1, 10)));
        // Jan 5–9: 5, Sat 10: 6, then three full weeks: 21
        assertEquals(21, days.workingDaysBetween(date(2025, 12, 31), date(2026, 1, 31)));
    }

    @Test
    void nationalDay2025IsMondayAndTuesday() {
        assertFalse(days.isWorkingDay(date(2025, 9, 1)));
        assertFalse(days.isWorkingDay(date(2025, 9, 2)));
        assertTrue(days.isWorkingDay(date(2025, 9, 3)));
        assertEquals(date(2025, 9, 3), days.plusWorkingDays(date(2025, 8, 29), 1));
    }

    @Test
    void nationalDay2026IsFiveDaysWithAMakeUpSaturday() {
        assertTrue(days.isWorkingDay(date(2026, 8, 22)));
        assertFalse(days.isWorkingDay(date(2026, 8, 31)));
        assertFalse(days.isWorkingDay(date(2026, 9, 1)));
        assertFalse(days.isWorkingDay(date(2026, 9, 2)));
        assertTrue(days.isWorkingDay(date(2026, 9, 3)));
        // Aug 18–21: 4, Sat 22: 5, Aug 24–28: 10
        assertEquals(date(2026, 8, 28), days.plusWorkingDays(date(2026, 8, 17), 10));
        assertEquals(date(2026, 9, 3), days.plusWorkingDays(date(2026, 8, 17), 11));
    }

    @Test
    void tet2024And2025() {
        assertTrue(days.isWorkingDay(date(2024, 2, 7)));
        assertFalse(days.isWorkingDay(date(2024, 2, 8)));
        assertFalse(days.isWorkingDay(date(2024, 2, 14)));
        assertTrue(days.isWorkingDay(date(2024, 2, 15)));
        assertFalse(days.isWorkingDay(date(2025, 1, 27)));
        assertFalse(days.isWorkingDay(date(2025, 1, 31)));
        assertTrue(days.isWorkingDay(date(2025, 2, 3)));
        assertTrue(days.isWorkingDay(date(2025, 4, 26)));
        assertFalse(days.isWorkingDay(date(2025, 5, 2)));
    }

    @Test
    void zeroDaysIsTheSameDayAndSpansAreSymmetric() {
        assertEquals(date(2026, 2, 14), days.plusWorkingDays(date(2026, 2, 14), 0));
        assertEquals(-30, days.workingDaysBetween(date(2026, 3, 23), date(2026, 2, 2)));
        assertEquals(0, days.workingDaysBetween(date(2026, 3, 23), date(2026, 3, 23)));
    }
}
