package vn.partydev.candidate.events;

import jakarta.enterprise.context.ApplicationScoped;
import vn.partydev.candidate.domain.CandidateStatus.CaseOutcome;
import vn.partydev.candidate.service.CandidatePipeline;
import vn.partydev.platform.codes.TrainingKind;
import vn.partydev.platform.events.admission.AdmissionCaseOpened;
import vn.partydev.platform.events.admission.AdmissionRejected;
import vn.partydev.platform.events.admission.AdmissionWithdrawn;
import vn.partydev.platform.events.admission.MemberAdmitted;
import vn.partydev.platform.events.training.CertificateIssued;
import vn.partydev.platform.events.training.CertificateRevoked;
import vn.partydev.platform.events.training.TraineeWithdrawn;
import vn.partydev.platform.events.training.TraineeEnrolled;
import vn.partydev.platform.inbox.EventRoutes;
import vn.partydev.platform.inbox.EventSubscriber;

/** Follows candidates through training and admission: the events that move the status. */
@ApplicationScoped
public class CandidateStatusSubscriber implements EventSubscriber {

    private final CandidatePipeline pipeline;

    CandidateStatusSubscriber(CandidatePipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public String name() {
        return "candidate-status";
    }

    @Override
    public void subscribe(EventRoutes routes) {
        routes.on(TraineeEnrolled.class, (event, meta) -> {
            if (event.kind() == TrainingKind.AWARENESS) {
                pipeline.enrolledInAwarenessClass(event.personId(), event.classId(), event.enrolledOn(), meta.source());
            }
        });
        routes.on(CertificateIssued.class, (event, meta) -> {
            if (event.kind() == TrainingKind.AWARENESS) {
                pipeline.certified(event, meta.source());
            }
        });
        routes.on(TraineeWithdrawn.class, (event, meta) ->
                pipeline.withdrawnFromClass(event.personId(), event.classId(), event.withdrawnOn(), meta.source()));
        routes.on(CertificateRevoked.class, (event, meta) -> pipeline.certificateRevoked(event, meta.source()));
        routes.on(AdmissionCaseOpened.class, (event, meta) ->
                pipeline.caseOpened(event.candidateId(), event.caseId(), event.openedOn(), meta.source()));
        routes.on(MemberAdmitted.class, (event, meta) ->
                pipeline.caseEnded(event.candidateId(), event.caseId(), CaseOutcome.ADMITTED, event.ceremonyOn(), meta.source()));
        routes.on(AdmissionRejected.class, (event, meta) ->
                pipeline.caseEnded(event.candidateId(), event.caseId(), CaseOutcome.REJECTED, event.rejectedOn(), meta.source()));
        routes.on(AdmissionWithdrawn.class, (event, meta) ->
                pipeline.caseEnded(event.candidateId(), event.caseId(), CaseOutcome.WITHDRAWN, event.withdrawnOn(), meta.source()));
    }
}
