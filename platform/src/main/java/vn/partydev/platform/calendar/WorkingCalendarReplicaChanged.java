package vn.partydev.platform.calendar;

/** A CDI event, fired asynchronously: a year of {@code working_calendar_day} was replaced and the change has committed. */
public record WorkingCalendarReplicaChanged(int year) {
}
