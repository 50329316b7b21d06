package vn.partydev.candidate.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One admission case (hồ sơ kết nạp) of a candidate as admission-service announced it. The opening and the outcome
 * may arrive in either order, so either may create the row.
 */
@Entity
@Table(name = "candidate_case")
public class AdmissionCaseTrace extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "candidate_id")
    public UUID candidateId;
    @Column(name = "opened_on")
    public LocalDate openedOn;
    @Enumerated(EnumType.STRING)
    public CandidateStatus.CaseOutcome outcome;
    @Column(name = "outcome_on")
    public LocalDate outcomeOn;

    public static AdmissionCaseTrace findOrStart(UUID caseId, UUID candidateId) {
        AdmissionCaseTrace trace = findById(caseId);
        if (trace == null) {
            trace = new AdmissionCaseTrace();
            trace.caseId = caseId;
            trace.candidateId = candidateId;
            trace.persist();
        }
        return trace;
    }

    public static List<CandidateStatus.CaseTrace> tracesOf(UUID candidateId) {
        return AdmissionCaseTrace.<AdmissionCaseTrace>list("candidateId", candidateId).stream()
                .map(trace -> new CandidateStatus.CaseTrace(trace.outcome, trace.outcomeOn))
                .toList();
    }

    /** Records how the case ended; an admission is final and is not overwritten by a later rejection or withdrawal. */
    public void ended(CandidateStatus.CaseOutcome outcome, LocalDate on) {
        if (this.outcome != CandidateStatus.CaseOutcome.ADMITTED) {
            this.outcome = outcome;
            this.outcomeOn = on;
        }
    }
}
