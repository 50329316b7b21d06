package vn.partydev.reporting.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({
            "2026-03, MONTH, 2026-03-01, 2026-03-31",
            "2024-02, MONTH, 2024-02-01, 2024-02-29",
            "2026-01, MONTH, 2026-01-01, 2026-01-31",
            "2026-12, MONTH, 2026-12-01, 2026-12-31",
            "2026-Q1, QUARTER, 2026-01-01, 2026-03-31",
            "2026-Q4, QUARTER, 2026-10-01, 2026-12-31",
            "2026-q2, QUARTER, 2026-04-01, 2026-06-30",
            "2026-H1, HALF, 2026-01-01, 2026-06-30",
            "2026-H2, HALF, 2026-07-01, 2026-12-31",
            "2026-M9, FIRST_MONTHS, 2026-01-01, 2026-09-30",
            "2026-M1, FIRST_MONTHS, 2026-01-01, 2026-01-31",
            "2026-M12, FIRST_MONTHS, 2026-01-01, 2026-12-31",
            "2026, YEAR, 2026-01-01, 2026-12-31",
            "2025-2030, TERM, 2026-01-01, 2030-12-31",
            "2020-2025, TERM, 2021-01-01, 2025-12-31"})
    void parsesEveryKindOfPeriod(String label, Period.Kind kind, LocalDate from, LocalDate to) {
        Period period = Period.parse(label);
        assertEquals(kind, period.kind());
        assertEquals(from, period.from());
        assertEquals(to, period.to());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13", "2026-00", "2026-Q0", "2026-Q5", "2026-H0", "2026-H3", "2026-M0", "2026-M13",
            "2025-2029", "2025-2031", "2030-2025", "26", "2026-3", "abc", "", " ", "1900", "2026-W1"})
    void rejectsWhatIsNotAPeriod(String label) {
        assertThrows(InvalidPeriod.class, () -> Period.parse(label));
    }

    @Test
    void consecutiveTermsDoNotShareAYear() {
        assertEquals(Period.parse("2020-2025").to().plusDays(1), Period.parse("2025-2030").from());
    }

    @Test
    void datesGiveARangeBothDaysIncluded() {
        Period period = Period.of(null, "2026-03-15", "2026-03-15");
        assertEquals(Period.Kind.RANGE, period.kind());
        assertTrue(period.contains(LocalDate.of(2026, 3, 15)));
        assertFalse(period.contains(LocalDate.of(2026, 3, 16)));
        assertFalse(period.monthAligned());
    }

    @Test
    void rejectsToBeforeFrom() {
        var failure = assertThrows(InvalidPeriod.class, () -> Period.of(null, "2026-03-15", "2026-03-14"));
        assertEquals("to (2026-03-14) is before from (2026-03-15)", failure.getMessage());
    }

    @Test
    void rejectsHalfARange() {
        assertThrows(InvalidPeriod.class, () -> Period.of(null, "2026-03-15", null));
        assertThrows(InvalidPeriod.class, () -> Period.of(null, null, "2026-03-15"));
        assertThrows(InvalidPeriod.class, () -> Period.of(null, "2026-02-30", "2026-03-15"));
    }

    @Test
    void rejectsALabelAndDatesTogether() {
        assertThrows(InvalidPeriod.class, () -> Period.of("2026", "2026-01-01", "2026-01-31"));
    }

    @Test
    void monthAlignedOnlyFromFirstToLastDayOfMonths() {
        assertTrue(Period.parse("2026-Q1").monthAligned());
        assertTrue(Period.of(null, "2026-01-01", "2026-02-28").monthAligned());
        assertFalse(Period.of(null, "2026-01-01", "2026-02-27").monthAligned());
        assertFalse(Period.of(null, "2026-01-02", "2026-02-28").monthAligned());
    }

    @Test
    void targetsAreSetPerYearOrTermOnly() {
        assertEquals(Period.Kind.YEAR, TargetPeriod.parse("2026").kind());
        assertEquals(Period.Kind.TERM, TargetPeriod.parse("2025-2030").kind());
        assertThrows(InvalidPeriod.class, () -> TargetPeriod.parse("2026-Q1"));
        assertThrows(InvalidPeriod.class, () -> TargetPeriod.parse("2026-03"));
    }

    @Test
    void aPeriodIsMeasuredAgainstTheTargetOfItsYearOrItsTerm() {
        assertEquals("2026", TargetPeriod.measuredAgainst(Period.parse("2026-Q3")));
        assertEquals("2025-2030", TargetPeriod.measuredAgainst(Period.parse("2025-2030")));
        assertEquals(null, TargetPeriod.measuredAgainst(Period.of(null, "2025-12-01", "2026-01-31")));
    }
}
