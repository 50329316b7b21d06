package vn.partydev.reporting.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AgeBandTest {

    private static final LocalDate BORN = LocalDate.of(1990, 6, 15);

    @Test
    void thirtyYearsAndElevenMonthsIsStillEighteenToThirty() {
        assertEquals(AgeBand.FROM_18_TO_30, AgeBand.of(BORN, LocalDate.of(2021, 6, 14)));
    }

    @Test
    void thirtyOneOnTheBirthday() {
        assertEquals(AgeBand.FROM_31_TO_40, AgeBand.of(BORN, LocalDate.of(2021, 6, 15)));
    }

    @Test
    void eighteenOnTheBirthday() {
        assertEquals(AgeBand.FROM_18_TO_30, AgeBand.of(BORN, LocalDate.of(2008, 6, 15)));
        assertEquals(AgeBand.UNDER_18, AgeBand.of(BORN, LocalDate.of(2008, 6, 14)));
    }

    @Test
    void sixtyIsFiftyOneToSixtyAndTheDayAfterTheSixtyFirstBirthdayIsOverSixty() {
        assertEquals(AgeBand.FROM_51_TO_60, AgeBand.of(BORN, LocalDate.of(2051, 6, 14)));
        assertEquals(AgeBand.OVER_60, AgeBand.of(BORN, LocalDate.of(2051, 6, 15)));
    }

    @Test
    void fortyAndFiftyAreTheTopsOfTheirBands() {
        assertEquals(AgeBand.FROM_31_TO_40, AgeBand.of(BORN, LocalDate.of(2031, 6, 14)));
        assertEquals(AgeBand.FROM_41_TO_50, AgeBand.of(BORN, LocalDate.of(2031, 6, 15)));
        assertEquals(AgeBand.FROM_41_TO_50, AgeBand.of(BORN, LocalDate.of(2041, 6, 14)));
        assertEquals(AgeBand.FROM_51_TO_60, AgeBand.of(BORN, LocalDate.of(2041, 6, 15)));
    }

    @Test
    void theSqlBandingMatchesTheJavaOne() {
        assertEquals("CASE WHEN y <= 17 THEN 'UNDER_18' WHEN y <= 30 THEN 'FROM_18_TO_30' WHEN y <= 40 THEN 'FROM_31_TO_40'"
                + " WHEN y <= 50 THEN 'FROM_41_TO_50' WHEN y <= 60 THEN 'FROM_51_TO_60' ELSE 'OVER_60' END", AgeBand.sqlCase("y"));
    }
}
