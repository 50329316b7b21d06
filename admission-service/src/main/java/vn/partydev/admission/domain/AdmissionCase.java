package vn.partydev.admission.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import vn.partydev.platform.problem.RuleViolation;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * An admission case (hồ sơ kết nạp đảng viên) and its state machine, from the application letter to recognition as
 * an official member (chuyển Đảng chính thức) or strike-off. The steps before the ceremony are in
 * {@link AdmissionSteps}; this part holds the ceremony, probation (đảng viên dự bị) and recognition, and the deadline
 * the case waits for.
 */
@Entity
@Table(name = "admission_case")
public class AdmissionCase extends AdmissionSteps {

    @Column(name = "probation_ends_on")
    public LocalDate probationEndsOn;
    @Column(name = "recognition_vote_due")
    public LocalDate recognitionVoteDue;
    @Column(name = "helper_member_id")
    public UUID helperMemberId;
    @Column(name = "helper_assigned_on")
    public LocalDate helperAssignedOn;
    /** R-SLA-3: working days the cell's first recognition vote came after recognitionVoteDue; null before it. */
    @Column(name = "recognition_vote_late_working_days")
    public Integer recognitionVoteLateWorkingDays;
    @Column(name = "recognition_voted_on")
    public LocalDate recognitionVotedOn;
    @Column(name = "recognition_decision_due")
    public LocalDate recognitionDecisionDue;
    @Column(name = "recognition_extended_to")
    public LocalDate recognitionExtendedTo;
    @Column(name = "recognition_extension_reason")
    public String recognitionExtensionReason;
    @Column(name = "recognition_extension_granted_on")
    public LocalDate recognitionExtensionGrantedOn;
    /** R-SLA-3: working days the recognition decision came after its (extended) due date; null before it. */
    @Column(name = "recognition_late_working_days")
    public Integer recognitionLateWorkingDays;
    @Column(name = "escalated_to")
    public UUID escalatedTo;
    @Column(name = "escalated_on")
    public LocalDate escalatedOn;
    @Column(name = "official_on")
    public LocalDate officialOn;
    /** The step the case waits for, kept on the row so the deadlines queue is one indexed range read. */
    @Column(name = "next_due_on")
    public LocalDate nextDueOn;
    @Column(name = "next_due_step")
    public String nextDueStep;
    @Column(name = "next_due_rule")
    public String nextDueRule;

    public static AdmissionCase open(UUID candidateId, UUID cellId, String organisationPath, UUID residentialAreaId,
                                     String ruleSet, LocalDate openedOn) {
        AdmissionCase admissionCase = new AdmissionCase();
        admissionCase.id = UUID.randomUUID();
        admissionCase.candidateId = candidateId;
        admissionCase.cellId = cellId;
        admissionCase.organisationPath = organisationPath;
        admissionCase.residentialAreaId = residentialAreaId;
        admissionCase.ruleSet = ruleSet;
        admissionCase.openedOn = openedOn;
        admissionCase.state = CaseState.OPENED;
        return admissionCase;
    }

    @Override
    protected AdmissionCase self() {
        return this;
    }

    // --- 9. ceremony

    /**
     * R-SLA-2: the ceremony is recorded on its real date. After {@link #ceremonyDue} it is a breach ({@code lateness})
     * unless the superior committee's approval, dated on or before the ceremony, is recorded with it.
     */
    public void holdCeremony(LocalDate ceremonyOn, LocalDate lateApprovalOn, LocalDate probationEnds, LocalDate recognitionVoteDue,
                             Lateness lateness) {
        requireState("hold the ceremony", CaseState.DECIDED);
        requireNotBefore(ceremonyOn, decisionReceivedOn, "the ceremony", "receiving the decision");
        if (lateApprovalOn != null && lateApprovalOn.isAfter(ceremonyOn)) {
            throw new RuleViolation("R-SLA-2", "the superior committee's approval of a late ceremony (" + lateApprovalOn
                    + ") must be dated on or before the ceremony (" + ceremonyOn + ")").in("approval-after-ceremony", lateApprovalOn, ceremonyOn);
        }
        boolean approved = lateness.late() && lateApprovalOn != null;
        this.ceremonyOn = ceremonyOn;
        this.lateCeremonyApprovedOn = approved ? lateApprovalOn : null;
        this.ceremonyLateWorkingDays = approved ? 0 : lateness.workingDays();
        this.probationEndsOn = probationEnds;
        this.recognitionVoteDue = recognitionVoteDue;
        state = CaseState.PROBATION;
    }

    // --- probation and recognition

    public void assignHelper(UUID helperId, LocalDate assignedOn) {
        requireState("assign a helper", CaseState.PROBATION);
        requireNotBefore(assignedOn, ceremonyOn, "the helper's assignment", "the ceremony");
        helperMemberId = helperId;
        helperAssignedOn = assignedOn;
    }

    public void requireReadyForRecognitionVote(LocalDate votedOn) {
        requireState("record a recognition vote", CaseState.PROBATION);
        if (votedOn.isBefore(probationEndsOn)) {
            throw new RuleViolation("R-PROB-1", "probation lasts 12 months from the ceremony of " + ceremonyOn
                    + " and ends on " + probationEndsOn + "; the recognition vote on " + votedOn + " is too early")
                    .in("vote-too-early", ceremonyOn, probationEndsOn, votedOn);
        }
    }

    /** The date of the cell's first recognition vote, the one R-SLA-3 measures. */
    public Optional<LocalDate> firstRecognitionVoteOn() {
        return votes.stream().filter(vote -> vote.kind == VoteKind.RECOGNITION).findFirst().map(vote -> vote.votedOn);
    }

    public long recognitionAttempts() {
        return votes.stream().filter(vote -> vote.kind == VoteKind.RECOGNITION).count();
    }

    /**
     * Records a recognition vote; returns true when it was the inconclusive vote that escalates the case (R-VOTE-3). The
     * first vote meets (or, {@code lateness} after recognitionVoteDue, breaches) the cell's R-SLA-3 duty to vote.
     */
    public boolean recordRecognitionVote(LocalDate votedOn, int yes, int no, int eligible, int needed, VoteOutcome outcome,
                                         int votesBeforeEscalation, UUID superior, LocalDate decisionDue, Lateness lateness) {
        addVote(VoteKind.RECOGNITION, votedOn, yes, no, eligible, needed, outcome);
        if (recognitionVoteLateWorkingDays == null) {
            recognitionVoteLateWorkingDays = lateness.workingDays();
        }
        switch (outcome) {
            case ADOPTED -> state = CaseState.RECOGNITION_ADOPTED;
            case REJECTED -> state = CaseState.RECOGNITION_REFUSED;
            case INCONCLUSIVE -> {
                long inconclusive = votes.stream()
                        .filter(vote -> vote.kind == VoteKind.RECOGNITION && vote.outcome == VoteOutcome.INCONCLUSIVE).count();
                if (inconclusive >= votesBeforeEscalation) {
                    state = CaseState.ESCALATED;
                    escalatedTo = superior;
                    escalatedOn = votedOn;
                }
            }
        }
        if (outcome != VoteOutcome.INCONCLUSIVE || state == CaseState.ESCALATED) {
            recognitionVotedOn = votedOn;
            recognitionDecisionDue = decisionDue;
        }
        return state == CaseState.ESCALATED;
    }

    public LocalDate effectiveRecognitionDecisionDue() {
        return recognitionExtendedTo != null ? recognitionExtendedTo : recognitionDecisionDue;
    }

    /** R-SLA-3: one extension, granted on or before the original due date, reaching at most {@code latestAllowed}. */
    public void extendRecognitionDecision(LocalDate grantedOn, LocalDate extendedTo, String reason, LocalDate latestAllowed) {
        requireState("extend the recognition decision deadline", CaseState.RECOGNITION_ADOPTED, CaseState.RECOGNITION_REFUSED, CaseState.ESCALATED);
        if (recognitionExtendedTo != null) {
            throw new RuleViolation("R-SLA-3", "the recognition decision deadline was already extended once, to " + recognitionExtendedTo)
                    .in("extended-already", recognitionExtendedTo);
        }
        requireNotBefore(grantedOn, recognitionVotedOn, "the extension", "the recognition vote");
        requireGrantedInTime("R-SLA-3", "recognition decision", grantedOn, recognitionDecisionDue);
        if (!extendedTo.isAfter(recognitionDecisionDue) || extendedTo.isAfter(latestAllowed)) {
            throw new RuleViolation("R-SLA-3", "the recognition decision deadline " + recognitionDecisionDue
                    + " can be extended once, to " + latestAllowed + " at the latest; " + extendedTo + " was asked")
                    .in("extension-too-long", recognitionDecisionDue, latestAllowed, extendedTo);
        }
        recognitionExtendedTo = extendedTo;
        recognitionExtensionReason = reason;
        recognitionExtensionGrantedOn = grantedOn;
    }

    /** The organisation that decides recognition: the superior committee after an escalation (R-VOTE-3), else the admission's. */
    public UUID recognitionDecidedBy() {
        return escalatedTo != null ? escalatedTo : decidingOrganisationId;
    }

    /**
     * R-DATE-1: the official date is the end of probation, however late the decision; a decision after
     * {@link #effectiveRecognitionDecisionDue()} is recorded with {@code lateness} (R-SLA-3).
     */
    public void recognise(LocalDate decidedOn, Lateness lateness) {
        requireState("recognise the member as official", CaseState.RECOGNITION_ADOPTED, CaseState.ESCALATED);
        requireNotBefore(decidedOn, recognitionVotedOn, "the recognition decision", "the recognition vote");
        recognitionLateWorkingDays = lateness.workingDays();
        officialOn = probationEndsOn;
        closedOn = decidedOn;
        state = CaseState.OFFICIAL;
    }

    /** Strike-off (xóa tên); after a recognition vote it is the recognition decision, with its R-SLA-3 {@code lateness}. */
    public void strikeOff(LocalDate decidedOn, String reason, Lateness lateness) {
        requireState("strike the member off", CaseState.PROBATION, CaseState.RECOGNITION_REFUSED, CaseState.ESCALATED);
        requireNotBefore(decidedOn, ceremonyOn, "striking off", "the ceremony");
        recognitionLateWorkingDays = lateness.workingDays();
        closedOn = decidedOn;
        closeReason = reason;
        state = CaseState.STRUCK_OFF;
    }

    /** The one step the case waits for, with the rule that sets its deadline and the due date; empty when none. */
    public Optional<DueItem> pendingStep() {
        return switch (state) {
            case CELL_ADOPTED -> Optional.of(DueItem.of(this, committeeId != null ? "COMMITTEE_VOTE_AND_DECISION" : "DECISION",
                    "R-SLA-1", effectiveDecisionDue()));
            case COMMITTEE_ADOPTED -> Optional.of(DueItem.of(this, "DECISION", "R-SLA-1", effectiveDecisionDue()));
            case DECIDED -> Optional.of(DueItem.of(this, "CEREMONY", "R-SLA-2", ceremonyDue));
            case PROBATION -> Optional.of(DueItem.of(this, "RECOGNITION_VOTE", "R-SLA-3", recognitionVoteDue));
            case RECOGNITION_ADOPTED, RECOGNITION_REFUSED, ESCALATED ->
                    Optional.of(DueItem.of(this, "RECOGNITION_DECISION", "R-SLA-3", effectiveRecognitionDecisionDue()));
            default -> Optional.empty();
        };
    }

    /** Copies {@link #pendingStep()} onto the row whenever the case is written, whichever step changed it. */
    @PrePersist
    @PreUpdate
    void rememberNextDue() {
        Optional<DueItem> next = pendingStep();
        nextDueOn = next.map(DueItem::dueOn).orElse(null);
        nextDueStep = next.map(DueItem::step).orElse(null);
        nextDueRule = next.map(DueItem::rule).orElse(null);
    }
}
