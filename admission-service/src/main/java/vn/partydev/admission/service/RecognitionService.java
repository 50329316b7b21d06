package vn.partydev.admission.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.partydev.admission.domain.AdmissionCase;
import vn.partydev.admission.domain.CaseVote;
import vn.partydev.admission.domain.EligibilityRules;
import vn.partydev.admission.domain.Lateness;
import vn.partydev.admission.domain.VoteKind;
import vn.partydev.admission.domain.VoteOutcome;
import vn.partydev.admission.domain.VoteThreshold;
import vn.partydev.admission.events.CaseEvents;
import vn.partydev.platform.codes.TrainingKind;
import vn.partydev.platform.outbox.Outbox;
import vn.partydev.platform.person.HeldCertificates;
import vn.partydev.platform.problem.RuleViolation;
import vn.partydev.platform.rules.RuleSet;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static vn.partydev.admission.service.RuleChecks.enforce;

/** Probation and recognition as an official member (chuyển Đảng chính thức), or strike-off (xóa tên). */
@ApplicationScoped
public class RecognitionService {

    @Inject
    AdmissionCases cases;
    @Inject
    AdmissionService admissions;
    @Inject
    CaseOrganisations organisations;
    @Inject
    CaseRoll roll;
    @Inject
    Outbox outbox;
    @Inject
    HeldCertificates certificates;

    /** The helper (đảng viên giúp đỡ) must be an official member of the same cell on the day of assignment. */
    @Transactional
    public AdmissionCase assignHelper(UUID id, UUID helperId, LocalDate assignedOn) {
        AdmissionCase admissionCase = cases.findInScopeForUpdate(id);
        if (!roll.officialInCell(helperId, admissionCase.cellId, assignedOn)) {
            throw new RuleViolation("R-CAND-2", "member " + helperId + " is not an official member of the cell on "
                    + assignedOn + ": a helper must be one").in("not-official", helperId, assignedOn);
        }
        admissionCase.assignHelper(helperId, assignedOn);
        return admissionCase;
    }

    /**
     * A recognition vote (R-PROB-1: after probation; R-CERT-2: new-member theory certificate; R-CELL-1 and R-VOTE-1
     * from the roll). Adopted when yes reaches two thirds, refused when no does, inconclusive otherwise; the third
     * inconclusive vote escalates the case to the superior committee (R-VOTE-3).
     */
    @Transactional
    public AdmissionCase recordVote(UUID id, LocalDate votedOn, int yes, int no, List<UUID> temporarilyAway, List<UUID> exemptedAbsent) {
        AdmissionCase admissionCase = cases.findInScopeForUpdate(id);
        admissionCase.requireReadyForRecognitionVote(votedOn);
        organisations.requireExisting(admissionCase.cellId, votedOn, "the cell's recognition vote");
        RuleSet rules = cases.rulesOf(admissionCase);
        LocalDate validUntil = certificates.validUntil(admissionCase.memberId, TrainingKind.NEW_MEMBER_THEORY, votedOn).orElse(null);
        enforce(EligibilityRules.certificate("R-CERT-2", "new-member theory", validUntil, votedOn));
        int eligible = admissions.eligibleVoters(admissionCase.cellId, votedOn, rules, temporarilyAway, exemptedAbsent);
        if (yes + no > eligible) {
            throw new RuleViolation("R-VOTE-1", "the cell has " + eligible + " eligible official members; " + yes
                    + " yes and " + no + " no votes are more than that").in("too-many-votes", eligible, yes, no);
        }
        int needed = VoteThreshold.yesNeeded(eligible, rules.voteThreshold());
        VoteOutcome outcome = yes >= needed ? VoteOutcome.ADOPTED : no >= needed ? VoteOutcome.REJECTED : VoteOutcome.INCONCLUSIVE;
        LocalDate decisionDue = cases.deadlinesOf(admissionCase).recognitionDecisionDue(votedOn);
        UUID superior = organisations.superiorCommittee(roll.grassrootsOrganisationOf(admissionCase.cellId));
        boolean escalated = admissionCase.recordRecognitionVote(votedOn, yes, no, eligible, needed, outcome,
                rules.recognitionVotesBeforeEscalation(), superior, decisionDue,
                cases.deadlinesOf(admissionCase).lateness(admissionCase.recognitionVoteDue, votedOn));
        CaseVote vote = admissionCase.lastVote(VoteKind.RECOGNITION).orElseThrow();
        if (outcome == VoteOutcome.ADOPTED) {
            outbox.publish(CaseEvents.recognitionAdopted(admissionCase, vote));
        } else {
            outbox.publish(CaseEvents.recognitionFailed(admissionCase, vote));
        }
        if (escalated) {
            outbox.publish(CaseEvents.escalated(admissionCase));
        }
        return admissionCase;
    }

    /** R-SLA-3: one extension of the recognition decision, granted by its due date, by at most 30 working days. */
    @Transactional
    public AdmissionCase extendDecision(UUID id, LocalDate grantedOn, LocalDate extendedTo, String reason) {
        AdmissionCase admissionCase = cases.findInScopeForUpdate(id);
        LocalDate latest = admissionCase.recognitionDecisionDue == null ? extendedTo
                : cases.deadlinesOf(admissionCase).latestRecognitionExtension(admissionCase.recognitionDecisionDue);
        admissionCase.extendRecognitionDecision(grantedOn, extendedTo, reason, latest);
        return admissionCase;
    }

    /** R-DATE-1: official from ceremony + 12 months exactly, however late the decision; the roll says OFFICIAL. */
    @Transactional
    public AdmissionCase recognise(UUID id, LocalDate decidedOn) {
        AdmissionCase admissionCase = cases.findInScopeForUpdate(id);
        admissionCase.recognise(decidedOn, recognitionLateness(admissionCase, decidedOn));
        roll.recogniseOfficial(admissionCase.memberId, admissionCase.officialOn);
        outbox.publish(CaseEvents.recognised(admissionCase));
        return admissionCase;
    }

    /** Strike-off (xóa tên): the probationary member was not qualified and leaves the roll. */
    @Transactional
    public AdmissionCase strikeOff(UUID id, LocalDate decidedOn, String reason) {
        AdmissionCase admissionCase = cases.findInScopeForUpdate(id);
        admissionCase.strikeOff(decidedOn, reason, recognitionLateness(admissionCase, decidedOn));
        roll.strikeOff(admissionCase.memberId, decidedOn);
        outbox.publish(CaseEvents.struckOff(admissionCase));
        return admissionCase;
    }

    private Lateness recognitionLateness(AdmissionCase admissionCase, LocalDate decidedOn) {
        return cases.deadlinesOf(admissionCase).lateness(admissionCase.effectiveRecognitionDecisionDue(), decidedOn);
    }
}
