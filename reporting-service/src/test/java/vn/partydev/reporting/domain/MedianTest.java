package vn.partydev.reporting.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Medians as PostgreSQL's percentile_cont(0.5): of a list, of a histogram (the funnel's working days) and of a histogram
 * rounded up (the forecast's days).
 */
class MedianTest {

    @Test
    void listMiddleOrMeanOfTheTwoMiddle() {
        assertEquals(new BigDecimal("4.0"), Median.of(List.of(9, 4, 1)));
        assertEquals(new BigDecimal("3.5"), Median.of(List.of(4, 1, 3, 9)));
        assertNull(Median.of(List.of()));
    }

    @Test
    void histogramMiddleOrMeanOfTheTwoMiddle() {
        // 1, 2, 2, 10, 10, 10 → 2 and 10 → 6.0; a value may come in several buckets (rollup rows of several months)
        assertEquals(new BigDecimal("6.0"), Median.ofHistogram(List.of(new long[] {10, 2}, new long[] {1, 1}, new long[] {2, 2}, new long[] {10, 1})));
        assertEquals(new BigDecimal("3.5"), Median.ofHistogram(List.of(new long[] {4, 1}, new long[] {3, 1})));
        assertEquals(new BigDecimal("-2.5"), Median.ofHistogram(List.of(new long[] {-3, 1}, new long[] {-2, 1})));
        assertEquals(new BigDecimal("7.0"), Median.ofHistogram(List.of(new long[] {7, 3}, new long[] {9, 0})));
        assertNull(Median.ofHistogram(List.of()));
        assertNull(Median.ofHistogram(List.of(new long[] {5, 0})));
    }

    @Test
    void histogramAgreesWithTheListItCounts() {
        Random random = new Random(20261124);
        for (int round = 0; round < 500; round++) {
            List<Integer> values = new ArrayList<>();
            List<long[]> buckets = new ArrayList<>();
            for (int bucket = random.nextInt(8); bucket >= 0; bucket--) {
                int value = random.nextInt(41) - 10;
                int count = 1 + random.nextInt(4);
                buckets.add(new long[] {value, count});
                values.addAll(Collections.nCopies(count, value));
            }
            assertEquals(Median.of(values), Median.ofHistogram(buckets), values.toString());
        }
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
