package vn.partydev.training.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** The essay (bài thu hoạch) a trainee writes after a failed check, and its review. */
@Entity
@Table(name = "essay")
public class Essay extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "enrolment_id")
    public UUID enrolmentId;

    @Column(name = "after_attempt")
    public int afterAttempt;

    @Column(name = "submitted_on")
    public LocalDate submittedOn;

    @Column(name = "reviewed_on")
    public LocalDate reviewedOn;

    public Boolean accepted;

    @Column(name = "review_note")
    public String reviewNote;

    @Column(name = "recorded_by")
    public String recordedBy;
}
