package vn.partydev.admission.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.admission.service.CalendarAdministration.SpecialDay;

import java.time.LocalDate;

@Schema(description = "A day that differs from the Monday–Friday working week")
public record CalendarDay(
        @Schema(description = "The day", example = "2026-02-16") @NotNull LocalDate date,
        @Schema(description = "What it is", example = "Tết Nguyên đán (28 tháng Chạp)") @Size(max = 100) String note) {

    public SpecialDay toSpecialDay() {
        return new SpecialDay(date, note);
    }

    public static CalendarDay of(SpecialDay day) {
        return new CalendarDay(day.date(), day.note());
    }
}
