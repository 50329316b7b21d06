package vn.partydev.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages as the committees write them: two decimals, half up (647 of 700 = 92.43). */
public final class Percentage {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percentage() {
    }

    /** {@code part} as a percentage of {@code whole}, or null when the whole is zero or unknown. */
    public static BigDecimal of(long part, Long whole) {
        if (whole == null || whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    public static BigDecimal of(long part, long whole) {
        return of(part, Long.valueOf(whole));
    }
}
