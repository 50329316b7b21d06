package vn.partydev.training.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.codes.TrainingKind;
import vn.partydev.platform.problem.Conflict;

/**
 * A class (lớp bồi dưỡng) run by a training centre or a committee: party awareness for candidates, or political
 * theory for probationary members. Scoped by the organiser's path.
 */
@Entity
@Table(name = "training_class")
public class TrainingClass extends PanacheEntityBase {

    public static final String CLASS_COMPLETED = "CLASS_COMPLETED";

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public TrainingKind kind;

    @Column(name = "organiser_id")
    public UUID organiserId;

    @Column(name = "organisation_path")
    public String organisationPath;

    public String title;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    public int capacity;

    @Column(name = "planned_sessions")
    public int plannedSessions;

    @Column(name = "check_required")
    public boolean checkRequired;

    @Column(name = "minimum_attendance_pct")
    public int minimumAttendancePercent;

    @Column(name = "rule_set_id")
    public String ruleSetId;

    @Enumerated(EnumType.STRING)
    public ClassStatus status;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Version
    public long version;

    /** Enrolment, attendance and checks change a class only until it is completed. */
    public void requireOpen(String what) {
        if (status == ClassStatus.COMPLETED) {
            throw new Conflict(CLASS_COMPLETED, "the class was completed on " + completedOn + "; " + what + " can no longer change");
        }
    }

    /** Sessions are numbered 1 to the planned number. */
    public boolean hasSession(int sessionNo) {
        return sessionNo >= 1 && sessionNo <= plannedSessions;
    }

    public void complete(LocalDate on) {
        requireOpen("its certificates");
        if (on.isBefore(endsOn)) {
            throw new Conflict("STEP_OUT_OF_ORDER", "the class ends on " + endsOn + "; it cannot be completed on " + on);
        }
        status = ClassStatus.COMPLETED;
        completedOn = on;
    }

    /**
     * The organisations an event about a trainee of this class concerns, for the scoped event feed: the organiser's
     * subtree and the trainee's cell (null when training does not know it).
     */
    public List<String> eventPaths(String traineeCellPath) {
        return traineeCellPath == null ? List.of(organisationPath) : List.of(organisationPath, traineeCellPath);
    }
}
