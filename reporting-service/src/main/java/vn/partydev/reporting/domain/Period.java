package vn.partydev.reporting.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * A reporting period (kỳ báo cáo): a month, quarter, half-year, the first N months, a year, a five-year
 * congress term (nhiệm kỳ) or any range of dates, always as inclusive first and last days.
 *
 * @param label the text the period was asked with, e.g. {@code 2026-Q1}
 * @param kind  what sort of period it is
 * @param from  the first day, inclusive
 * @param to    the last day, inclusive
 */
public record Period(String label, Kind kind, LocalDate from, LocalDate to) {

    /** The sorts of period the reports accept. */
    public enum Kind { MONTH, QUARTER, HALF, FIRST_MONTHS, YEAR, TERM, RANGE }

    /** A congress term spans five years. */
    public static final int TERM_YEARS = 5;

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q(\\d)");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H(\\d)");
    private static final Pattern FIRST_MONTHS = Pattern.compile("(\\d{4})-M(\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern TERM = Pattern.compile("(\\d{4})-(\\d{4})");

    /**
     * Parses a period label: {@code 2026-03}, {@code 2026-Q1}, {@code 2026-H1}, {@code 2026-M9}, {@code 2026} or
     * {@code 2025-2030}. A term {@code 2025-2030} counts the five calendar years after its congress year,
     * 1 January 2026 to 31 December 2030, so that consecutive terms never count a year twice.
     *
     * @throws InvalidPeriod naming what is wrong
     */
    public static Period parse(String label) {
        if (label == null || label.isBlank()) {
            throw new InvalidPeriod("period is required (e.g. 2026, 2026-03, 2026-Q1, 2026-H1, 2026-M9, 2025-2030)");
        }
        String text = label.trim().toUpperCase();
        var matcher = TERM.matcher(text);
        if (matcher.matches()) {
            int first = year(matcher.group(1));
            int last = year(matcher.group(2));
            if (last - first != TERM_YEARS) {
                throw new InvalidPeriod("a term spans " + TERM_YEARS + " years (e.g. 2025-2030); " + label + " spans " + (last - first));
            }
            return new Period(text, Kind.TERM, LocalDate.of(first + 1, 1, 1), LocalDate.of(last, 12, 31));
        }
        matcher = MONTH.matcher(text);
        if (matcher.matches()) {
            int month = Integer.parseInt(matcher.group(2));
            if (month < 1 || month > 12) {
                throw new InvalidPeriod("month must be 01 to 12, was " + matcher.group(2));
            }
            YearMonth yearMonth = YearMonth.of(year(matcher.group(1)), month);
            return new Period(text, Kind.MONTH, yearMonth.atDay(1), yearMonth.atEndOfMonth());
        }
        matcher = QUARTER.matcher(text);
        if (matcher.matches()) {
            return months(text, Kind.QUARTER, year(matcher.group(1)), ordinal(matcher.group(2), 4, "quarter"), 3);
        }
        matcher = HALF.matcher(text);
        if (matcher.matches()) {
            return months(text, Kind.HALF, year(matcher.group(1)), ordinal(matcher.group(2), 2, "half"), 6);
        }
        matcher = FIRST_MONTHS.matcher(text);
        if (matcher.matches()) {
            int year = year(matcher.group(1));
            int count = ordinal(matcher.group(2), 12, "number of months");
            return new Period(text, Kind.FIRST_MONTHS, LocalDate.of(year, 1, 1), YearMonth.of(year, count).atEndOfMonth());
        }
        matcher = YEAR.matcher(text);
        if (matcher.matches()) {
            int year = year(matcher.group(1));
            return new Period(text, Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        throw new InvalidPeriod("unknown period '" + label + "'; use 2026, 2026-03, 2026-Q1, 2026-H1, 2026-M9, 2025-2030 or from/to dates");
    }

    /** A period of dates, both inclusive. */
    public static Period between(String from, String to) {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (last.isBefore(first)) {
            throw new InvalidPeriod("to (" + last + ") is before from (" + first + ")");
        }
        return new Period(first + ".." + last, Kind.RANGE, first, last);
    }

    /** The period asked with either a label or from/to dates (not both). */
    public static Period of(String label, String from, String to) {
        boolean hasDates = from != null || to != null;
        if (label != null && hasDates) {
            throw new InvalidPeriod("give either period or from/to, not both");
        }
        return hasDates ? between(from, to) : parse(label);
    }

    /** Whether the period starts on the first of a month and ends on the last day of a month. */
    public boolean monthAligned() {
        return from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth());
    }

    /** Whether the day lies in the period. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Whether the period lies within one calendar year. */
    public boolean withinOneYear() {
        return from.getYear() == to.getYear();
    }

    private static Period months(String label, Kind kind, int year, int ordinal, int length) {
        YearMonth first = YearMonth.of(year, (ordinal - 1) * length + 1);
        return new Period(label, kind, first.atDay(1), first.plusMonths(length - 1L).atEndOfMonth());
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (year < 1930 || year > 2200) {
            throw new InvalidPeriod("year " + digits + " is out of range (1930-2200)");
        }
        return year;
    }

    private static int ordinal(String digits, int max, String what) {
        int value = Integer.parseInt(digits);
        if (value < 1 || value > max) {
            throw new InvalidPeriod(what + " must be 1 to " + max + ", was " + digits);
        }
        return value;
    }

    private static LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidPeriod(name + " is required with from/to (ISO date, e.g. 2026-03-31)");
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidPeriod(name + " must be an ISO date (e.g. 2026-03-31), was '" + text + "'");
        }
    }
}
