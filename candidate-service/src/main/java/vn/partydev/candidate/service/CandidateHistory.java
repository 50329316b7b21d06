package vn.partydev.candidate.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.partydev.candidate.domain.HistoryEntry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Writes a candidate's history lines, stamped with the recording time. Details hold codes and field names only. */
@ApplicationScoped
public class CandidateHistory {

    private final Clock clock;

    CandidateHistory(Clock clock) {
        this.clock = clock;
    }

    public void record(UUID candidateId, String kind, LocalDate occurredOn, String actor, String detail) {
        HistoryEntry.of(candidateId, kind, occurredOn, OffsetDateTime.now(clock), actor, detail).persist();
    }
}
