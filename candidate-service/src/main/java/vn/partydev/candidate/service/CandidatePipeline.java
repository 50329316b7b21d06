package vn.partydev.candidate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.partydev.candidate.domain.AdmissionCaseTrace;
import vn.partydev.candidate.domain.Candidate;
import vn.partydev.candidate.domain.CandidateStatus;
import vn.partydev.candidate.domain.CandidateStatus.CaseOutcome;
import vn.partydev.candidate.domain.EnrolmentTrace;
import vn.partydev.platform.codes.TrainingKind;
import vn.partydev.platform.events.training.CertificateIssued;
import vn.partydev.platform.events.training.CertificateRevoked;
import vn.partydev.platform.person.HeldCertificates;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Moves candidates along the pipeline as training and admission tell us what happened. Every effect is a fact
 * kept with its date; the status is re-derived from all facts, so events may arrive in any order. Events about
 * people who are not candidates here (members in theory classes, imported members) are ignored.
 */
@ApplicationScoped
public class CandidatePipeline {

    private final CandidateHistory history;
    private final HeldCertificates certificates;

    CandidatePipeline(CandidateHistory history, HeldCertificates certificates) {
        this.history = history;
        this.certificates = certificates;
    }

    @Transactional
    public void enrolledInAwarenessClass(UUID candidateId, UUID classId, LocalDate on, String source) {
        update(candidateId, "ENROLLED_IN_TRAINING", on, source, "class " + classId, candidate -> {
            EnrolmentTrace enrolment = EnrolmentTrace.findOrStart(candidateId, classId);
            enrolment.kind = TrainingKind.AWARENESS;
            enrolment.enrolledOn = on;
            rereadTraining(candidate);
        });
    }

    /** A withdrawal from a class; it may arrive before the enrolment it ends. */
    @Transactional
    public void withdrawnFromClass(UUID candidateId, UUID classId, LocalDate on, String source) {
        update(candidateId, "WITHDRAWN_FROM_TRAINING", on, source, "class " + classId, candidate -> {
            EnrolmentTrace.findOrStart(candidateId, classId).withdrawnOn = on;
            rereadTraining(candidate);
        });
    }

    @Transactional
    public void certified(CertificateIssued certificate, String source) {
        update(certificate.personId(), "CERTIFIED", certificate.issuedOn(), source, "awareness certificate "
                + certificate.certificateNumber() + ", class " + certificate.classId(), candidate -> {
            certificates.record(certificate);
            rereadTraining(candidate);
        });
    }

    /** A revoked certificate no longer counts; the revocation may arrive before the certificate. */
    @Transactional
    public void certificateRevoked(CertificateRevoked revocation, String source) {
        update(revocation.personId(), "CERTIFICATE_REVOKED", revocation.revokedOn(), source,
                "certificate " + revocation.certificateNumber(), candidate -> {
            certificates.record(revocation);
            rereadTraining(candidate);
        });
    }

    @Transactional
    public void caseOpened(UUID candidateId, UUID caseId, LocalDate on, String source) {
        update(candidateId, "ADMISSION_CASE_OPENED", on, source, "case " + caseId,
                candidate -> AdmissionCaseTrace.findOrStart(caseId, candidateId).openedOn = on);
    }

    @Transactional
    public void caseEnded(UUID candidateId, UUID caseId, CaseOutcome outcome, LocalDate on, String source) {
        update(candidateId, "ADMISSION_" + outcome, on, source, "case " + caseId,
                candidate -> AdmissionCaseTrace.findOrStart(caseId, candidateId).ended(outcome, on));
    }

    /** Training facts change only with training events: admission events do not read the traces again. */
    private void rereadTraining(Candidate candidate) {
        EnrolmentTrace.flush();
        candidate.trainingReached(EnrolmentTrace.firstActiveAwarenessEnrolment(candidate.id).orElse(null),
                certificates.latestIssue(candidate.id, TrainingKind.AWARENESS).orElse(null));
    }

    private void update(UUID candidateId, String kind, LocalDate on, String source, String detail, Consumer<Candidate> fact) {
        Candidate candidate = Candidate.findById(candidateId);
        if (candidate == null) {
            return;
        }
        CandidateStatus before = candidate.status;
        fact.accept(candidate);
        AdmissionCaseTrace.flush();
        candidate.refreshStatus(AdmissionCaseTrace.tracesOf(candidateId));
        String statusChange = before == candidate.status ? "status stays " + before : "status " + before + " → " + candidate.status;
        history.record(candidateId, kind, on, source, detail + "; " + statusChange);
    }
}
