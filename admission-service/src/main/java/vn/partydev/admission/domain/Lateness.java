package vn.partydev.admission.domain;

import java.time.LocalDate;

/**
 * How late an act was against its deadline (R-SLA-1, R-SLA-2, R-SLA-3). Deadlines are duties of the committee, not
 * conditions of validity: a late act is recorded with its real date and this flag, never refused.
 *
 * @param workingDays the working days after the due date up to the act, at least 1 when the act is late (an act on
 *                    the weekend after a Friday deadline is late by 1); 0 when on time
 */
public record Lateness(int workingDays) {

    public static final Lateness ON_TIME = new Lateness(0);

    public static Lateness of(LocalDate dueOn, LocalDate doneOn, WorkingDays days) {
        if (dueOn == null || !doneOn.isAfter(dueOn)) {
            return ON_TIME;
        }
        return new Lateness(Math.max(1, days.workingDaysBetween(dueOn, doneOn)));
    }

    public boolean late() {
        return workingDays > 0;
    }
}
