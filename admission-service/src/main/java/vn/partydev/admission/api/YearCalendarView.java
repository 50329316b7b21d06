package vn.partydev.admission.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.admission.service.CalendarAdministration.YearCalendar;

import java.util.List;

@Schema(description = "The special days of a year: weekdays off (holidays and compensatory days) and weekend days worked")
public record YearCalendarView(
        @Schema(description = "Weekdays that are not working days: public holidays and compensatory days off")
        @NotNull List<@Valid @NotNull CalendarDay> holidays,
        @Schema(description = "Saturdays or Sundays that are working days (make-up days, làm bù)")
        @NotNull List<@Valid @NotNull CalendarDay> workingDays) {

    public static YearCalendarView of(YearCalendar calendar) {
        return new YearCalendarView(calendar.holidays().stream().map(CalendarDay::of).toList(),
                calendar.workingDays().stream().map(CalendarDay::of).toList());
    }
}
