package vn.partydev.admission.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** One background verification task (thẩm tra lý lịch) of a case: one subject, maybe addressed to another organisation. */
@Entity
@Table(name = "verification_task")
public class VerificationTask extends CaseRecord {

    @Enumerated(EnumType.STRING)
    public VerificationSubject subject;

    @Column(name = "addressed_to")
    public UUID addressedTo;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "created_on")
    public LocalDate createdOn;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Column(name = "exempted_on")
    public LocalDate exemptedOn;

    @Column(name = "exempted_member_id")
    public UUID exemptedMemberId;

    public boolean closed() {
        return completedOn != null || exemptedOn != null;
    }
}
