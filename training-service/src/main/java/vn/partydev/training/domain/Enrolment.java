package vn.partydev.training.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import vn.partydev.platform.problem.Conflict;

/** A person's place in a class (R-TRAIN-1: at most one per class), with their awareness-check progress. */
@Entity
@Table(name = "enrolment")
public class Enrolment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "class_id")
    public UUID classId;

    @Column(name = "person_id")
    public UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "trainee_kind")
    public TraineeKind traineeKind;

    @Column(name = "cell_id")
    public UUID cellId;

    @Column(name = "cell_path")
    public String cellPath;

    @Column(name = "enrolled_on")
    public LocalDate enrolledOn;

    @Column(name = "withdrawn_on")
    public LocalDate withdrawnOn;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_state")
    public CheckState checkState = CheckState.NOT_EXAMINED;

    @Column(name = "check_attempts")
    public int checkAttempts;

    @Column(name = "last_checked_on")
    public LocalDate lastCheckedOn;

    @Column(name = "check_last_step_on")
    public LocalDate checkLastStepOn;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Column(name = "outcome_reason")
    public String outcomeReason;

    @Version
    public long version;

    /** What completion decided for the trainee. */
    public enum Outcome {
        CERTIFIED, NOT_CERTIFIED
    }

    public boolean active() {
        return withdrawnOn == null;
    }

    public void requireActive() {
        if (!active()) {
            throw new Conflict("TRAINEE_WITHDRAWN", "the trainee was withdrawn from the class on " + withdrawnOn);
        }
    }

    public void withdraw(LocalDate on, String reason) {
        requireActive();
        if (on.isBefore(enrolledOn)) {
            throw new Conflict("STEP_OUT_OF_ORDER", "the withdrawal on " + on + " is dated before the enrolment on " + enrolledOn);
        }
        withdrawnOn = on;
        withdrawalReason = reason;
    }

    public CheckProgress checkProgress() {
        return new CheckProgress(checkState, checkAttempts, lastCheckedOn, checkLastStepOn);
    }

    public void apply(CheckProgress progress) {
        checkState = progress.state();
        checkAttempts = progress.attempts();
        lastCheckedOn = progress.lastCheckedOn();
        checkLastStepOn = progress.lastStepOn();
    }
}
