package vn.partydev.system;

import java.util.Arrays;
import java.util.Collection;

/** Percentiles of measured durations in nanoseconds, given in milliseconds. */
record Latencies(long[] sortedNanos) {

    static Latencies of(Collection<Long> nanos) {
        long[] values = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(values);
        return new Latencies(values);
    }

    int count() {
        return sortedNanos.length;
    }

    double percentileMillis(double quantile) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = Math.max(0, (int) Math.ceil(quantile * sortedNanos.length) - 1);
        return sortedNanos[index] / 1_000_000.0;
    }

    String summary() {
        return "p50 %.1f ms, p99 %.1f ms, max %.1f ms".formatted(percentileMillis(0.50), percentileMillis(0.99), percentileMillis(1.0));
    }
}
