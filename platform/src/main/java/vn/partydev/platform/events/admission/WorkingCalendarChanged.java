package vn.partydev.platform.events.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/** An administrator changed the public holidays (and make-up working days) of a year. */
public record WorkingCalendarChanged(
        int year,
        List<LocalDate> holidays,
        List<LocalDate> workingWeekends) implements DomainEvent {

    @Override
    public String subject() {
        return Integer.toString(year);
    }

    /** The calendar of the whole country: no organisation; the national feed reads it (others: GET /api/v1/calendar). */
    @Override
    public List<UUID> organisations() {
        return List.of();
    }
}
