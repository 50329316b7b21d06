package vn.partydev.candidate.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.partydev.platform.events.candidate.TrialTaskEvaluated.TrialTaskResult;
import vn.partydev.platform.problem.BadRequest;
import vn.partydev.platform.problem.Conflict;
import vn.partydev.platform.problem.ProblemError;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A trial task (nhiệm vụ thử thách) the cell gave the candidate, and its evaluation. */
@Entity
@Table(name = "trial_task")
public class TrialTask extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "candidate_id")
    public UUID candidateId;
    public String description;
    @Column(name = "assigned_on")
    public LocalDate assignedOn;
    @Column(name = "due_on")
    public LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    public TrialTaskResult result;
    public String comment;
    @Column(name = "evaluated_on")
    public LocalDate evaluatedOn;

    public static TrialTask assign(UUID candidateId, String description, LocalDate assignedOn, LocalDate dueOn) {
        if (dueOn.isBefore(assignedOn)) {
            throw new BadRequest("DUE_BEFORE_ASSIGNMENT", "the due date " + dueOn + " is before the assignment date " + assignedOn,
                    List.of(ProblemError.atPointer("/dueOn", "must not be before the assignment date " + assignedOn)));
        }
        TrialTask task = new TrialTask();
        task.id = UUID.randomUUID();
        task.candidateId = candidateId;
        task.description = description.strip();
        task.assignedOn = assignedOn;
        task.dueOn = dueOn;
        return task;
    }

    public static List<TrialTask> of(UUID candidateId) {
        return list("candidateId = ?1 order by assignedOn, id", candidateId);
    }

    public void evaluate(LocalDate on, TrialTaskResult result, String comment) {
        if (evaluatedOn != null) {
            throw new Conflict("STEP_OUT_OF_ORDER", "the task was already evaluated on " + evaluatedOn);
        }
        if (on.isBefore(assignedOn)) {
            throw new BadRequest("DATE_BEFORE_ASSIGNMENT", on + " is before the assignment date " + assignedOn,
                    List.of(ProblemError.atPointer("/evaluatedOn", "must not be before the assignment date " + assignedOn)));
        }
        this.evaluatedOn = on;
        this.result = result;
        this.comment = comment == null ? null : comment.strip();
    }
}
