package vn.partydev.candidate.domain;

import org.junit.jupiter.api.Test;
import vn.partydev.platform.rules.RuleSets;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NominationAgeTest {

    private static final LocalDate BIRTH = LocalDate.of(2010, 3, 1);

    @Test
    void acceptsExactlyFifteenYears() {
        assertTrue(NominationAge.problem(BIRTH, LocalDate.of(2025, 3, 1), RuleSets.defaultSet()).isEmpty());
    }

    @Test
    void rejectsFifteenYearsMinusOneDay() {
        assertEquals("the person is 14 on the nomination date 2025-02-28; the minimum is 15 years (reached on 2025-03-01, rule set 294-QD-TW-2025)",
                NominationAge.problem(BIRTH, LocalDate.of(2025, 2, 28), RuleSets.defaultSet()).orElseThrow());
    }

    @Test
    void aLeapDayBirthTurnsFifteenOnTheFirstOfMarchOfACommonYear() {
        LocalDate leapDay = LocalDate.of(2008, 2, 29);
        assertTrue(NominationAge.problem(leapDay, LocalDate.of(2023, 3, 1), RuleSets.defaultSet()).isEmpty());
        assertTrue(NominationAge.problem(leapDay, LocalDate.of(2023, 2, 28), RuleSets.defaultSet()).isPresent());
    }

    @Test
    void rejectsANominationBeforeBirth() {
        assertTrue(NominationAge.problem(BIRTH, BIRTH.minusDays(1), RuleSets.defaultSet()).isPresent());
    }
}
