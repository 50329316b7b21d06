package vn.partydev.training.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.training.domain.Certificate;
import vn.partydev.training.domain.CompletionAssessment.Reason;

/** What completing a class decided: the certificates issued, and everyone else with the reasons. */
public record CompletionResult(UUID classId, LocalDate completedOn, List<Certificate> certified, List<NotCertified> notCertified) {

    /** A trainee who did not earn the certificate, and why. */
    public record NotCertified(UUID personId, int attendedSessions, List<Reason> reasons) {
    }
}
