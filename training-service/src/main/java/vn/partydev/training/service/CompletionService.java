package vn.partydev.training.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.partydev.platform.events.training.CertificateIssued;
import vn.partydev.platform.events.training.TrainingClassCompleted;
import vn.partydev.platform.outbox.Outbox;
import vn.partydev.platform.problem.Conflict;
import vn.partydev.platform.scope.OrganisationDirectory;
import vn.partydev.platform.scope.OrganisationRef;
import vn.partydev.training.domain.Certificate;
import vn.partydev.training.domain.CertificateValidity;
import vn.partydev.training.domain.ClassStatus;
import vn.partydev.training.domain.CompletionAssessment;
import vn.partydev.training.domain.CompletionAssessment.Reason;
import vn.partydev.training.domain.Enrolment;
import vn.partydev.training.domain.TrainingClass;

/**
 * Completing a class: every active trainee who meets the attendance minimum (R-TRAIN-2) and, where required, passed
 * the awareness check receives a certificate; the others are listed with the reasons. Happens once per class.
 */
@ApplicationScoped
public class CompletionService {

    private final TrainingClasses classes;
    private final AttendanceService attendance;
    private final CertificateNumbering numbering;
    private final OrganisationDirectory organisations;
    private final Rules rules;
    private final Outbox outbox;

    CompletionService(TrainingClasses classes, AttendanceService attendance, CertificateNumbering numbering,
                      OrganisationDirectory organisations, Rules rules, Outbox outbox) {
        this.classes = classes;
        this.attendance = attendance;
        this.numbering = numbering;
        this.organisations = organisations;
        this.rules = rules;
        this.outbox = outbox;
    }

    @Transactional
    public CompletionResult complete(UUID classId, LocalDate completedOn) {
        TrainingClass trainingClass = classes.inScopeForUpdate(classId);
        trainingClass.complete(completedOn);
        String issuerCode = organisations.find(trainingClass.organiserId).map(OrganisationRef::code).orElse(null);
        Map<UUID, Integer> attended = attendance.attendedSessions(classId);

        List<Certificate> certified = new ArrayList<>();
        List<CompletionResult.NotCertified> notCertified = new ArrayList<>();
        for (Enrolment enrolment : activeEnrolments(classId)) {
            int sessions = attended.getOrDefault(enrolment.personId, 0);
            List<Reason> reasons = CompletionAssessment.reasonsAgainst(sessions, trainingClass.plannedSessions,
                    trainingClass.minimumAttendancePercent, trainingClass.checkRequired, enrolment.checkProgress());
            if (reasons.isEmpty()) {
                enrolment.outcome = Enrolment.Outcome.CERTIFIED;
                certified.add(issue(trainingClass, enrolment, issuerCode, completedOn));
            } else {
                enrolment.outcome = Enrolment.Outcome.NOT_CERTIFIED;
                enrolment.outcomeReason = reasons.stream().map(reason -> reason.code() + ": " + reason.detail())
                        .collect(Collectors.joining("; "));
                notCertified.add(new CompletionResult.NotCertified(enrolment.personId, sessions, reasons));
            }
        }
        outbox.publish(new TrainingClassCompleted(classId, completedOn, certified.size(), notCertified.size()),
                List.of(trainingClass.organisationPath));
        return new CompletionResult(classId, completedOn, certified, notCertified);
    }

    /** The completion as it was decided, for a completed class. */
    @Transactional
    public CompletionResult result(UUID classId) {
        TrainingClass trainingClass = classes.inScope(classId);
        if (trainingClass.status != ClassStatus.COMPLETED) {
            throw new Conflict("CLASS_NOT_COMPLETED", "the class has not been completed yet");
        }
        Map<UUID, Integer> attended = attendance.attendedSessions(classId);
        List<Certificate> certified = Certificate.list("classId", Sort.by("number"), classId);
        List<CompletionResult.NotCertified> notCertified = activeEnrolments(classId).stream()
                .filter(enrolment -> enrolment.outcome == Enrolment.Outcome.NOT_CERTIFIED)
                .map(enrolment -> new CompletionResult.NotCertified(enrolment.personId,
                        attended.getOrDefault(enrolment.personId, 0),
                        CompletionAssessment.reasonsAgainst(attended.getOrDefault(enrolment.personId, 0),
                                trainingClass.plannedSessions, trainingClass.minimumAttendancePercent,
                                trainingClass.checkRequired, enrolment.checkProgress())))
                .toList();
        return new CompletionResult(classId, trainingClass.completedOn, certified, notCertified);
    }

    private Certificate issue(TrainingClass trainingClass, Enrolment enrolment, String issuerCode, LocalDate issuedOn) {
        Certificate certificate = new Certificate();
        certificate.id = UUID.randomUUID();
        certificate.number = numbering.next(trainingClass.organiserId, issuerCode, issuedOn.getYear());
        certificate.personId = enrolment.personId;
        certificate.kind = trainingClass.kind;
        certificate.issuerId = trainingClass.organiserId;
        certificate.issuerPath = trainingClass.organisationPath;
        certificate.holderPath = enrolment.cellPath;
        certificate.classId = trainingClass.id;
        certificate.issuedOn = issuedOn;
        certificate.validUntil = CertificateValidity.validUntil(trainingClass.kind, issuedOn, rules.named(trainingClass.ruleSetId));
        certificate.persist();
        outbox.publish(new CertificateIssued(certificate.personId, certificate.number, certificate.kind,
                certificate.issuerId, certificate.classId, certificate.issuedOn, certificate.validUntil),
                trainingClass.eventPaths(certificate.holderPath));
        return certificate;
    }

    private static List<Enrolment> activeEnrolments(UUID classId) {
        return Enrolment.list("classId = ?1 and withdrawnOn is null", Sort.by("enrolledOn").and("personId"), classId);
    }
}
