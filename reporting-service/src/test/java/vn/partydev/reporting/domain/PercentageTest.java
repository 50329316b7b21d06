package vn.partydev.reporting.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PercentageTest {

    @Test
    void theDomainExamples() {
        assertEquals(new BigDecimal("92.43"), Percentage.of(647, 700));
        assertEquals(new BigDecimal("50.47"), Percentage.of(214, 424));
        assertEquals(new BigDecimal("67.17"), Percentage.of(311, 463));
        assertEquals(new BigDecimal("130.00"), Percentage.of(910, 700));
    }

    @Test
    void roundsHalfUpAtTheThirdDecimal() {
        assertEquals(new BigDecimal("0.13"), Percentage.of(1, 800));   // 0.125
        assertEquals(new BigDecimal("0.12"), Percentage.of(1, 801));   // 0.1248...
        assertEquals(new BigDecimal("66.67"), Percentage.of(2, 3));
        assertEquals(new BigDecimal("33.33"), Percentage.of(1, 3));
    }

    @Test
    void noPercentageOfNothing() {
        assertNull(Percentage.of(0, 0));
        assertNull(Percentage.of(5, (Long) null));
    }

    @Test
    void medianIsTheMiddleOrTheMeanOfTheTwoMiddles() {
        assertEquals(new BigDecimal("11.0"), Median.of(List.of(12, 10, 11)));
        assertEquals(new BigDecimal("10.5"), Median.of(List.of(12, 10, 11, 10)));
        assertNull(Median.of(List.of()));
    }
}
