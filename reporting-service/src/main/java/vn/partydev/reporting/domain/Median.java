package vn.partydev.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * The median of day counts: the middle one, or the mean of the two middle ones, as PostgreSQL's
 * {@code percentile_cont(0.5)} — of a list (one decimal), or of a histogram rounded up.
 */
public final class Median {

    private Median() {
    }

    public static BigDecimal of(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return BigDecimal.valueOf(sorted.get(middle)).setScale(1, RoundingMode.HALF_UP);
        }
        return BigDecimal.valueOf((long) sorted.get(middle - 1) + sorted.get(middle))
                .divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    }

    /**
     * The median of a histogram of {value, count} buckets (any order, a value may come in several buckets), one decimal
     * as {@link #of}; {@code null} when it is empty.
     */
    public static BigDecimal ofHistogram(List<long[]> histogram) {
        long[] middle = middleValues(histogram);
        return middle == null ? null : BigDecimal.valueOf(middle[0] + middle[1]).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    }

    /**
     * {@code ceil(percentile_cont(0.5))} of a histogram of {value, count} buckets (any order), 0 when it is empty (the
     * forecast's {@code coalesce(..., 0)}).
     */
    public static long ceilOf(List<long[]> histogram) {
        long[] middle = middleValues(histogram);
        return middle == null ? 0 : Math.floorDiv(middle[0] + middle[1] + 1, 2);
    }

    /** The two middle values of the histogram (the same one twice when the count is odd), {@code null} when it is empty. */
    private static long[] middleValues(List<long[]> histogram) {
        List<long[]> sorted = histogram.stream().sorted(Comparator.comparingLong(bucket -> bucket[0])).toList();
        long total = sorted.stream().mapToLong(bucket -> bucket[1]).sum();
        if (total == 0) {
            return null;
        }
        return new long[] {valueAt(sorted, (total - 1) / 2), valueAt(sorted, total / 2)};
    }

    /** The value at a 0-based rank of the histogram's values in order. */
    private static long valueAt(List<long[]> sorted, long rank) {
        long seen = 0;
        for (long[] bucket : sorted) {
            seen += bucket[1];
            if (rank < seen) {
                return bucket[0];
            }
        }
        throw new IllegalArgumentException("rank " + rank + " beyond " + seen + " values");
    }
}
