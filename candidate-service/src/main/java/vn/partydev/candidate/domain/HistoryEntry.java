package vn.partydev.candidate.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One line of a candidate's history: a change or a stage, the date it happened, when and by whom it was recorded. */
@Entity
@Table(name = "candidate_history")
public class HistoryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "candidate_id")
    public UUID candidateId;
    public String kind;
    @Column(name = "occurred_on")
    public LocalDate occurredOn;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
    public String actor;
    public String detail;

    public static HistoryEntry of(UUID candidateId, String kind, LocalDate occurredOn, OffsetDateTime recordedAt,
                                  String actor, String detail) {
        HistoryEntry entry = new HistoryEntry();
        entry.candidateId = candidateId;
        entry.kind = kind;
        entry.occurredOn = occurredOn;
        entry.recordedAt = recordedAt;
        entry.actor = actor;
        entry.detail = detail;
        return entry;
    }

    public static List<HistoryEntry> of(UUID candidateId) {
        return list("candidateId = ?1 order by id", candidateId);
    }
}
