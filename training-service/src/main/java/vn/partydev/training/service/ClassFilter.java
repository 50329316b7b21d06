package vn.partydev.training.service;

import java.time.LocalDate;
import java.util.UUID;
import vn.partydev.platform.codes.TrainingKind;

/** Which classes a list shows: all optional; the caller's subtree always applies. */
public record ClassFilter(UUID organiserId, TrainingKind kind, LocalDate startsFrom, LocalDate startsTo) {
}
