package vn.partydev.admission.domain;

import java.time.LocalDate;
import java.time.Period;

/** Age in completed months (tuổi tính theo tháng tròn), the unit of R-AGE-1. */
public final class AgeInMonths {

    private AgeInMonths() {
    }

    /** Months completed from the birth date to {@code on}: born 2008-03-15 is 216 months old on 2026-03-15, 215 the day before. */
    public static int completed(LocalDate birthDate, LocalDate on) {
        return (int) Period.between(birthDate, on).toTotalMonths();
    }

    /** Whole years, for messages and the youth-age test. */
    public static int completedYears(LocalDate birthDate, LocalDate on) {
        return Period.between(birthDate, on).getYears();
    }
}
