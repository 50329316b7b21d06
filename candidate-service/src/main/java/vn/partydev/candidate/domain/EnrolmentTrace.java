package vn.partydev.candidate.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.partydev.platform.codes.TrainingKind;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A candidate's place in one training class as training-service announced it: enrolled, and perhaps withdrawn. */
@Entity
@Table(name = "candidate_enrolment")
public class EnrolmentTrace extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "candidate_id")
    public UUID candidateId;
    @Column(name = "class_id")
    public UUID classId;
    @Enumerated(EnumType.STRING)
    public TrainingKind kind;
    @Column(name = "enrolled_on")
    public LocalDate enrolledOn;
    @Column(name = "withdrawn_on")
    public LocalDate withdrawnOn;

    public static EnrolmentTrace findOrStart(UUID candidateId, UUID classId) {
        return EnrolmentTrace.<EnrolmentTrace>find("candidateId = ?1 and classId = ?2", candidateId, classId)
                .firstResultOptional()
                .orElseGet(() -> {
                    EnrolmentTrace trace = new EnrolmentTrace();
                    trace.id = UUID.randomUUID();
                    trace.candidateId = candidateId;
                    trace.classId = classId;
                    trace.persist();
                    return trace;
                });
    }

    /** The earliest awareness enrolment the candidate has not been withdrawn from. */
    public static Optional<LocalDate> firstActiveAwarenessEnrolment(UUID candidateId) {
        return EnrolmentTrace.<EnrolmentTrace>list("candidateId", candidateId).stream()
                .filter(trace -> trace.kind == TrainingKind.AWARENESS && trace.enrolledOn != null && trace.withdrawnOn == null)
                .map(trace -> trace.enrolledOn)
                .min(LocalDate::compareTo);
    }
}
