package vn.partydev.admission.domain;

import org.junit.jupiter.api.Test;
import vn.partydev.platform.rules.RuleSet;
import vn.partydev.platform.rules.RuleSets;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgeRuleTest {

    private final RuleSet rules = RuleSets.defaultSet();
    private final LocalDate birth = LocalDate.of(2008, 3, 15);

    @Test
    void countsCompletedMonthsOnly() {
        assertEquals(215, AgeInMonths.completed(birth, LocalDate.of(2026, 3, 14)));
        assertEquals(216, AgeInMonths.completed(birth, LocalDate.of(2026, 3, 15)));
    }

    @Test
    void rejectsSeventeenYearsElevenMonths() {
        var breach = EligibilityRules.age(rules, birth, LocalDate.of(2026, 3, 14), null).orElseThrow();
        assertEquals("R-AGE-1", breach.rule());
        assertTrue(breach.detail().contains("215 completed months"), breach.detail());
    }

    @Test
    void acceptsExactlyEighteenYears() {
        assertTrue(EligibilityRules.age(rules, birth, LocalDate.of(2026, 3, 15), null).isEmpty());
    }

    @Test
    void acceptsExactlySixtyYearsWithoutConsent() {
        LocalDate born = LocalDate.of(1966, 5, 10);
        assertTrue(EligibilityRules.age(rules, born, LocalDate.of(2026, 6, 9), null).isEmpty());
    }

    @Test
    void rejectsSixtyYearsAndOneMonthWithoutConsent() {
        LocalDate born = LocalDate.of(1966, 5, 10);
        var breach = EligibilityRules.age(rules, born, LocalDate.of(2026, 6, 10), null).orElseThrow();
        assertEquals("R-AGE-1", breach.rule());
        assertTrue(breach.detail().contains("721 completed months"), breach.detail());
    }

    @Test
    void acceptsOverSixtyWithConsentRecordedBeforeTheVote() {
        LocalDate born = LocalDate.of(1966, 5, 10);
        assertTrue(EligibilityRules.age(rules, born, LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 1)).isEmpty());
        assertEquals("R-AGE-1", EligibilityRules.age(rules, born, LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 11))
                .orElseThrow().rule());
    }
}
