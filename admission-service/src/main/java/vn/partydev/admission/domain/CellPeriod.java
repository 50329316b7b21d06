package vn.partydev.admission.domain;

import java.time.LocalDate;
import java.util.UUID;

/** One stay of a member in a cell, {@code [from, to)}; {@code to} is null for the current stay. */
public record CellPeriod(UUID cellId, String organisationPath, LocalDate from, LocalDate to) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && (to == null || date.isBefore(to));
    }
}
