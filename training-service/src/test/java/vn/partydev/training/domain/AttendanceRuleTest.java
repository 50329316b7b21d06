package vn.partydev.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttendanceRuleTest {

    @Test
    void seventyNineOfOneHundredIsShortOfEightyPercent() {
        assertFalse(AttendanceRule.meets(79, 100, 80));
        assertEquals(Optional.of("attended 79 of 100 planned sessions (79 %); 80 % is required, that is 80 sessions"),
                AttendanceRule.shortfall(79, 100, 80));
    }

    @Test
    void eightyOfOneHundredMeetsEightyPercent() {
        assertTrue(AttendanceRule.meets(80, 100, 80));
        assertEquals(Optional.empty(), AttendanceRule.shortfall(80, 100, 80));
    }

    @Test
    void fourOfFiveIsExactlyEightyPercent() {
        assertTrue(AttendanceRule.meets(4, 5, 80));
        assertFalse(AttendanceRule.meets(3, 5, 80));
    }

    @Test
    void fifteenOfNineteenIsShortWithOneDecimal() {
        assertEquals(Optional.of("attended 15 of 19 planned sessions (78.9 %); 80 % is required, that is 16 sessions"),
                AttendanceRule.shortfall(15, 19, 80));
        assertTrue(AttendanceRule.meets(16, 19, 80));
    }

    @Test
    void sessionsNeededRoundsUp() {
        assertEquals(16, AttendanceRule.sessionsNeeded(19, 80));
        assertEquals(8, AttendanceRule.sessionsNeeded(10, 80));
        assertEquals(7, AttendanceRule.sessionsNeeded(7, 100));
    }

    @Test
    void aClassOfOwnMinimumIsHonoured() {
        assertTrue(AttendanceRule.meets(9, 10, 90));
        assertFalse(AttendanceRule.meets(8, 10, 90));
    }
}
