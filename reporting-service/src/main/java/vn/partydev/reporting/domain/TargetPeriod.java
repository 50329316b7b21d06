package vn.partydev.reporting.domain;

/**
 * The period a target (chỉ tiêu) is set for: a year ({@code 2026}) or a congress term ({@code 2025-2030}).
 */
public final class TargetPeriod {

    private TargetPeriod() {
    }

    /** Parses and checks a target period, returning it as a {@link Period}. */
    public static Period parse(String label) {
        Period period = Period.parse(label);
        if (period.kind() != Period.Kind.YEAR && period.kind() != Period.Kind.TERM) {
            throw new InvalidPeriod("targets are set per year (2026) or per term (2025-2030), not per " + period.kind().name().toLowerCase());
        }
        return period;
    }

    /** The target period that a report period is measured against: its term, or the year it lies in. */
    public static String measuredAgainst(Period period) {
        if (period.kind() == Period.Kind.TERM) {
            return period.label();
        }
        return period.withinOneYear() ? Integer.toString(period.from().getYear()) : null;
    }
}
