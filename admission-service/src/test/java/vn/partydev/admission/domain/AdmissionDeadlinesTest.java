package vn.partydev.admission.domain;

import org.junit.jupiter.api.Test;
import vn.partydev.platform.rules.RuleSets;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Deadline arithmetic against a calendar with the 2026 Tết and National Day holidays (as decreed for 2026). */
class AdmissionDeadlinesTest {

    /** Tết 2026: 16–20 February (Mon–Fri, around 17 February); National Day 2026: 1–2 September (Tue–Wed). */
    private static final Set<LocalDate> HOLIDAYS = Set.of(
            LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
            LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20),
            LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2));

    private static final WorkingDays CALENDAR = (from, days) -> {
        LocalDate date = from;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && !HOLIDAYS.contains(date)) {
                counted++;
            }
        }
        return date;
    };

    private final AdmissionDeadlines deadlines = new AdmissionDeadlines(RuleSets.defaultSet(), CALENDAR);

    @Test
    void ceremonyDeadlineSkipsTet() {
        // decision received Friday 30 January 2026: 30 working days would end Friday 13 March without Tết, which adds a week
        assertEquals(LocalDate.of(2026, 3, 20), deadlines.ceremonyDue(LocalDate.of(2026, 1, 30)));
    }

    @Test
    void decisionDeadlineSkipsNationalDay() {
        // cell resolution Friday 7 August 2026: 60 working days would end Friday 30 October without the two days of National Day
        assertEquals(LocalDate.of(2026, 11, 3), deadlines.decisionDue(LocalDate.of(2026, 8, 7)));
    }

    @Test
    void officialDateIsExactlyTwelveMonthsAfterTheCeremony() {
        assertEquals(LocalDate.of(2027, 2, 28), deadlines.probationEnds(LocalDate.of(2026, 2, 28)));
        assertEquals(LocalDate.of(2027, 3, 2), deadlines.probationEnds(LocalDate.of(2026, 3, 2)));
    }

    @Test
    void recognitionVoteDueThirtyWorkingDaysAfterProbation() {
        // ceremony 10 January 2026 → probation ends Sunday 10 January 2027; 30 working days (no holidays set in 2027)
        assertEquals(LocalDate.of(2027, 2, 19), deadlines.recognitionVoteDue(LocalDate.of(2026, 1, 10)));
    }

    @Test
    void anActOnItsDueDateIsOnTimeTheNextWorkingDayIsLateByOne() {
        LocalDate due = deadlines.decisionDue(LocalDate.of(2026, 8, 7));
        assertEquals(Lateness.ON_TIME, deadlines.lateness(due, due));
        assertEquals(new Lateness(1), deadlines.lateness(due, LocalDate.of(2026, 11, 4)));
        assertEquals(new Lateness(0), deadlines.lateness(due, LocalDate.of(2026, 10, 1)));
    }

    @Test
    void latenessSkipsTetAndCountsAWeekendActAsOneDayLate() {
        // due Friday 13 February 2026; Tết closes 16–20 February, so Monday 23 February is the first working day late
        assertEquals(new Lateness(1), deadlines.lateness(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 23)));
        assertEquals(new Lateness(1), deadlines.lateness(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 18)));
        assertEquals(new Lateness(2), deadlines.lateness(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 24)));
        assertTrue(deadlines.lateness(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 14)).late());
    }
}
