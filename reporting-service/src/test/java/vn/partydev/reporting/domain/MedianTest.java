package vn.partydev.reporting.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Medians as PostgreSQL's percentile_cont(0.5): of a list, and of a histogram rounded up (the forecast's days). */
class MedianTest {

    @Test
    void listMiddleOrMeanOfTheTwoMiddle() {
        assertEquals(new BigDecimal("4.0"), Median.of(List.of(9, 4, 1)));
        assertEquals(new BigDecimal("3.5"), Median.of(List.of(4, 1, 3, 9)));
        assertNull(Median.of(List.of()));
    }

    @Test
    void histogramRoundedUp() {
        assertEquals(7, Median.ceilOf(List.of(new long[] {7, 3})));
        assertEquals(4, Median.ceilOf(List.of(new long[] {5, 1}, new long[] {3, 1})), "mean of 3 and 5");
        assertEquals(4, Median.ceilOf(List.of(new long[] {3, 1}, new long[] {4, 1})), "3.5 rounds up");
        assertEquals(-2, Median.ceilOf(List.of(new long[] {-3, 1}, new long[] {-2, 1})), "-2.5 rounds up to -2");
        // 1, 2, 2, 10, 10, 10 → ranks 3 and 4 (1-based) are 2 and 10 → 6
        assertEquals(6, Median.ceilOf(List.of(new long[] {10, 3}, new long[] {1, 1}, new long[] {2, 2})));
        // 1, 2, 2, 10, 10 → the third value, 2
        assertEquals(2, Median.ceilOf(List.of(new long[] {10, 2}, new long[] {1, 1}, new long[] {2, 2})));
        assertEquals(0, Median.ceilOf(List.of()), "no values: 0, as coalesce(ceil(percentile_cont(0.5)), 0)");
    }
}
