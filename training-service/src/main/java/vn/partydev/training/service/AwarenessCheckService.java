package vn.partydev.training.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.events.training.AwarenessCheckFailed;
import vn.partydev.platform.events.training.AwarenessCheckPassed;
import vn.partydev.platform.events.training.EssayAccepted;
import vn.partydev.platform.outbox.Outbox;
import vn.partydev.platform.problem.Conflict;
import vn.partydev.platform.scope.CallerScope;
import vn.partydev.training.domain.CheckAttempt;
import vn.partydev.training.domain.CheckProgress;
import vn.partydev.training.domain.Enrolment;
import vn.partydev.training.domain.Essay;
import vn.partydev.training.domain.TrainingClass;

/**
 * The awareness check (kiểm tra nhận thức): attempts before a council, the essay (bài thu hoạch) after a failure,
 * its review, and the re-examination. Every attempt and essay is kept.
 */
@ApplicationScoped
public class AwarenessCheckService {

    private final TrainingClasses classes;
    private final CallerScope scope;
    private final Outbox outbox;
    private final Clock clock;

    AwarenessCheckService(TrainingClasses classes, CallerScope scope, Outbox outbox, Clock clock) {
        this.classes = classes;
        this.scope = scope;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public CheckAttempt recordAttempt(UUID classId, UUID personId, RecordAttempt command) {
        Enrolment enrolment = openEnrolment(classId, personId, "its awareness checks");
        CheckProgress next = enrolment.checkProgress().recordAttempt(command.checkedOn(), command.passed());
        enrolment.apply(next);

        CheckAttempt attempt = new CheckAttempt();
        attempt.id = UUID.randomUUID();
        attempt.enrolmentId = enrolment.id;
        attempt.attempt = next.attempts();
        attempt.checkedOn = command.checkedOn();
        attempt.council = command.council().trim();
        attempt.passed = command.passed();
        attempt.score = command.score();
        attempt.recordedBy = scope.subject();
        attempt.persist();
        outbox.publish(command.passed()
                ? new AwarenessCheckPassed(personId, classId, attempt.attempt, attempt.checkedOn)
                : new AwarenessCheckFailed(personId, classId, attempt.attempt, attempt.checkedOn),
                classes.inScope(classId).eventPaths(enrolment.cellPath));
        return attempt;
    }

    @Transactional
    public Essay submitEssay(UUID classId, UUID personId, LocalDate submittedOn) {
        Enrolment enrolment = openEnrolment(classId, personId, "its essays");
        LocalDate on = submittedOn != null ? submittedOn : LocalDate.now(clock);
        enrolment.apply(enrolment.checkProgress().submitEssay(on));

        Essay essay = new Essay();
        essay.id = UUID.randomUUID();
        essay.enrolmentId = enrolment.id;
        essay.afterAttempt = enrolment.checkAttempts;
        essay.submittedOn = on;
        essay.recordedBy = scope.subject();
        essay.persist();
        return essay;
    }

    @Transactional
    public Essay reviewEssay(UUID classId, UUID personId, LocalDate reviewedOn, boolean accepted, String note) {
        Enrolment enrolment = openEnrolment(classId, personId, "its essays");
        LocalDate on = reviewedOn != null ? reviewedOn : LocalDate.now(clock);
        enrolment.apply(enrolment.checkProgress().reviewEssay(on, accepted));

        Essay essay = Essay.<Essay>find("enrolmentId = ?1 and reviewedOn is null", enrolment.id).firstResult();
        essay.reviewedOn = on;
        essay.accepted = accepted;
        essay.reviewNote = note;
        if (accepted) {
            outbox.publish(new EssayAccepted(personId, classId, on), classes.inScope(classId).eventPaths(enrolment.cellPath));
        }
        return essay;
    }

    @Transactional
    public List<CheckAttempt> attempts(UUID enrolmentId) {
        return CheckAttempt.list("enrolmentId", Sort.by("attempt"), enrolmentId);
    }

    @Transactional
    public List<Essay> essays(UUID enrolmentId) {
        return Essay.list("enrolmentId", Sort.by("submittedOn").and("afterAttempt"), enrolmentId);
    }

    private Enrolment openEnrolment(UUID classId, UUID personId, String what) {
        TrainingClass trainingClass = classes.inScope(classId);
        trainingClass.requireOpen(what);
        if (!trainingClass.checkRequired) {
            throw new Conflict("CHECK_NOT_REQUIRED", "this class does not hold the awareness check (checkRequired is false)");
        }
        Enrolment enrolment = EnrolmentService.enrolmentOf(classId, personId);
        enrolment.requireActive();
        return enrolment;
    }
}
