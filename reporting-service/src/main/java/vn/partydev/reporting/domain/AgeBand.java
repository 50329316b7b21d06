package vn.partydev.reporting.domain;

import java.time.LocalDate;
import java.time.Period;

/** Age at admission, in the bands of the statistics forms: 18–30, 31–40, 41–50, 51–60, over 60. */
public enum AgeBand {
    UNDER_18(0, 17, "Dưới 18", "Under 18"),
    FROM_18_TO_30(18, 30, "Từ 18 đến 30", "18 to 30"),
    FROM_31_TO_40(31, 40, "Từ 31 đến 40", "31 to 40"),
    FROM_41_TO_50(41, 50, "Từ 41 đến 50", "41 to 50"),
    FROM_51_TO_60(51, 60, "Từ 51 đến 60", "51 to 60"),
    OVER_60(61, Integer.MAX_VALUE, "Trên 60", "Over 60");

    private final int fromYears;
    private final int toYears;
    private final String vietnamese;
    private final String english;

    AgeBand(int fromYears, int toYears, String vietnamese, String english) {
        this.fromYears = fromYears;
        this.toYears = toYears;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** The band of a person born on {@code birthDate} on the day {@code on}, by completed years. */
    public static AgeBand of(LocalDate birthDate, LocalDate on) {
        return of(Period.between(birthDate, on).getYears());
    }

    /** The band of an age in completed years (events carry the age at admission, never the birth date). */
    public static AgeBand of(int years) {
        for (AgeBand band : values()) {
            if (years >= band.fromYears && years <= band.toYears) {
                return band;
            }
        }
        return UNDER_18;
    }

    /** The same banding as SQL over an expression giving completed years. */
    public static String sqlCase(String yearsExpression) {
        StringBuilder sql = new StringBuilder("CASE");
        for (AgeBand band : values()) {
            if (band.toYears != Integer.MAX_VALUE) {
                sql.append(" WHEN ").append(yearsExpression).append(" <= ").append(band.toYears)
                        .append(" THEN '").append(band.name()).append('\'');
            }
        }
        return sql.append(" ELSE '").append(OVER_60.name()).append("' END").toString();
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String english() {
        return english;
    }
}
