package vn.partydev.candidate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.partydev.candidate.api.TrialTaskEvaluationRequest;
import vn.partydev.candidate.api.TrialTaskRequest;
import vn.partydev.candidate.domain.Candidate;
import vn.partydev.candidate.domain.TrialTask;
import vn.partydev.platform.events.candidate.TrialTaskAssigned;
import vn.partydev.platform.events.candidate.TrialTaskEvaluated;
import vn.partydev.platform.outbox.Outbox;
import vn.partydev.platform.problem.NotFound;
import vn.partydev.platform.scope.CallerScope;

import java.util.List;
import java.util.UUID;

/** Trial tasks (nhiệm vụ thử thách): assignment and evaluation. Descriptions and comments stay in this service. */
@ApplicationScoped
public class TrialTaskService {

    private final CandidateService candidates;
    private final Outbox outbox;
    private final CandidateHistory history;
    private final CallerScope scope;

    TrialTaskService(CandidateService candidates, Outbox outbox, CandidateHistory history, CallerScope scope) {
        this.candidates = candidates;
        this.outbox = outbox;
        this.history = history;
        this.scope = scope;
    }

    @Transactional
    public TrialTask assign(UUID candidateId, TrialTaskRequest request) {
        Candidate candidate = candidates.inScope(candidateId);
        HelperService.requireBeforeAdmission(candidate);
        TrialTask task = TrialTask.assign(candidateId, request.description(), request.assignedOn(), request.dueOn());
        task.persist();
        history.record(candidateId, "TRIAL_TASK_ASSIGNED", request.assignedOn(), scope.subject(),
                "task " + task.id + ", due " + task.dueOn);
        outbox.publish(new TrialTaskAssigned(candidateId, task.id, task.assignedOn, task.dueOn), List.of(candidate.organisationPath));
        return task;
    }

    @Transactional
    public TrialTask evaluate(UUID candidateId, UUID taskId, TrialTaskEvaluationRequest evaluation) {
        Candidate candidate = candidates.inScope(candidateId);
        TrialTask task = TrialTask.findById(taskId);
        if (task == null || !task.candidateId.equals(candidateId)) {
            throw new NotFound("trial task", taskId);
        }
        task.evaluate(evaluation.evaluatedOn(), evaluation.result(), evaluation.comment());
        history.record(candidateId, "TRIAL_TASK_EVALUATED", evaluation.evaluatedOn(), scope.subject(),
                "task " + taskId + ", result " + evaluation.result());
        outbox.publish(new TrialTaskEvaluated(candidateId, taskId, evaluation.evaluatedOn(), evaluation.result()),
                List.of(candidate.organisationPath));
        return task;
    }
}
