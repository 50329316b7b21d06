package vn.partydev.training.domain;

import java.util.Optional;

/**
 * R-TRAIN-2: completing a class requires attending at least the class's minimum share of its planned sessions
 * (buổi học), 80 % by default. Integer arithmetic, so 79 of 100 is short of 80 % and 4 of 5 meets it exactly.
 */
public final class AttendanceRule {

    public static final String RULE = "R-TRAIN-2";

    private AttendanceRule() {
    }

    /** Whether {@code attended / planned ≥ minimumPercent / 100}. */
    public static boolean meets(int attended, int planned, int minimumPercent) {
        if (planned <= 0) {
            throw new IllegalArgumentException("a class plans at least one session");
        }
        return (long) attended * 100 >= (long) planned * minimumPercent;
    }

    /** The sentence explaining why attendance falls short, or empty when it meets the minimum. */
    public static Optional<String> shortfall(int attended, int planned, int minimumPercent) {
        if (meets(attended, planned, minimumPercent)) {
            return Optional.empty();
        }
        int needed = sessionsNeeded(planned, minimumPercent);
        return Optional.of("attended %d of %d planned sessions (%s %%); %d %% is required, that is %d sessions"
                .formatted(attended, planned, percent(attended, planned), minimumPercent, needed));
    }

    /** The fewest sessions that meet the minimum: ⌈planned × minimumPercent / 100⌉. */
    public static int sessionsNeeded(int planned, int minimumPercent) {
        return (int) (((long) planned * minimumPercent + 99) / 100);
    }

    /** The share attended, with one decimal where it is not whole (78.9, 79, 100). */
    static String percent(int attended, int planned) {
        long tenths = Math.round(attended * 1000.0 / planned);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "." + (tenths % 10);
    }
}
