package vn.partydev.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The median of a list of day counts: the middle one, or the mean of the two middle ones (one decimal). */
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
}
