package vn.partydev.admission.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import vn.partydev.platform.problem.Conflict;
import vn.partydev.platform.problem.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The admission part of a case (hồ sơ kết nạp), steps 1–8 of DOMAIN 3.3: application letter, background and its
 * verification, introductions, opinions, the cell's and the committee's votes, the decision; also rejection and
 * withdrawal. {@link AdmissionCase} adds the ceremony, probation and recognition. Each step checks the state it
 * follows (409 otherwise) and the rules it can decide from its own data; rules that need the member roll are checked
 * by the service first.
 */
@MappedSuperclass
public abstract class AdmissionSteps extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "candidate_id")
    public UUID candidateId;
    @Column(name = "cell_id")
    public UUID cellId;
    @Column(name = "organisation_path")
    public String organisationPath;
    @Column(name = "residential_area_id")
    public UUID residentialAreaId;
    @Column(name = "rule_set")
    public String ruleSet;
    @Enumerated(EnumType.STRING)
    public CaseState state;
    @Column(name = "opened_on")
    public LocalDate openedOn;
    @Column(name = "application_on")
    public LocalDate applicationOn;
    @Column(name = "background_declared_on")
    public LocalDate backgroundDeclaredOn;
    @Column(name = "older_applicant_consent_on")
    public LocalDate olderApplicantConsentOn;
    @Column(name = "literacy_consent_on")
    public LocalDate literacyConsentOn;
    @Column(name = "cell_resolution_on")
    public LocalDate cellResolutionOn;
    @Column(name = "committee_id")
    public UUID committeeId;
    @Column(name = "committee_resolution_on")
    public LocalDate committeeResolutionOn;
    @Column(name = "deciding_organisation_id")
    public UUID decidingOrganisationId;
    @Column(name = "decision_due")
    public LocalDate decisionDue;
    @Column(name = "decision_extended_to")
    public LocalDate decisionExtendedTo;
    @Column(name = "decision_extension_reason")
    public String decisionExtensionReason;
    @Column(name = "decision_extension_granted_on")
    public LocalDate decisionExtensionGrantedOn;
    /** R-SLA-1: working days the decision came after its (extended) due date; 0 on time, null before the decision. */
    @Column(name = "decision_late_working_days")
    public Integer decisionLateWorkingDays;
    @Column(name = "decided_on")
    public LocalDate decidedOn;
    @Column(name = "decision_received_on")
    public LocalDate decisionReceivedOn;
    @Column(name = "ceremony_due")
    public LocalDate ceremonyDue;
    @Column(name = "late_ceremony_approved_on")
    public LocalDate lateCeremonyApprovedOn;
    @Column(name = "ceremony_on")
    public LocalDate ceremonyOn;
    /** R-SLA-2: working days the ceremony came after its due date without approval; 0 on time or approved. */
    @Column(name = "ceremony_late_working_days")
    public Integer ceremonyLateWorkingDays;
    @Column(name = "member_id")
    public UUID memberId;
    @Column(name = "closed_on")
    public LocalDate closedOn;
    @Column(name = "close_reason")
    public String closeReason;
    @Version
    public long version;

    @OneToMany(mappedBy = "admissionCase", cascade = CascadeType.ALL)
    @OrderBy("createdOn, id")
    public List<VerificationTask> verificationTasks = new ArrayList<>();

    @OneToMany(mappedBy = "admissionCase", cascade = CascadeType.ALL)
    @OrderBy("introducedOn, id")
    public List<Introduction> introductions = new ArrayList<>();

    @OneToMany(mappedBy = "admissionCase", cascade = CascadeType.ALL)
    @OrderBy("givenOn, id")
    public List<Opinion> opinions = new ArrayList<>();

    @OneToMany(mappedBy = "admissionCase", cascade = CascadeType.ALL)
    @OrderBy("kind, attempt")
    public List<CaseVote> votes = new ArrayList<>();

    /** The case entity these steps belong to, which the records of the case (tasks, introductions, votes) point at. */
    protected abstract AdmissionCase self();

    // --- 1. application letter and background declaration

    public void receiveApplication(LocalDate receivedOn) {
        requireState("record the application letter", CaseState.OPENED);
        requireNotBefore(receivedOn, openedOn, "the application letter", "the case was opened");
        applicationOn = receivedOn;
        state = CaseState.APPLICATION_RECEIVED;
    }

    public void declareBackground(LocalDate declaredOn) {
        requireState("record the background declaration", CaseState.APPLICATION_RECEIVED);
        requireNotBefore(declaredOn, applicationOn, "the background declaration", "the application letter");
        backgroundDeclaredOn = declaredOn;
        state = CaseState.BACKGROUND_DECLARED;
    }

    // --- 2. background verification

    public VerificationTask addVerificationTask(VerificationSubject subject, UUID addressedTo, LocalDate createdOn, LocalDate dueOn) {
        requireState("create a verification task", CaseState.BACKGROUND_DECLARED);
        requireNotBefore(createdOn, backgroundDeclaredOn, "a verification task", "the background declaration");
        if (dueOn != null && dueOn.isBefore(createdOn)) {
            throw new RuleViolation("VERIFICATION_DUE_DATE", "a verification task cannot be due (" + dueOn
                    + ") before it is created (" + createdOn + ")");
        }
        VerificationTask task = new VerificationTask();
        task.id = UUID.randomUUID();
        task.admissionCase = self();
        task.subject = subject;
        task.addressedTo = addressedTo;
        task.createdOn = createdOn;
        task.dueOn = dueOn;
        verificationTasks.add(task);
        return task;
    }

    public void completeVerification(UUID taskId, LocalDate completedOn) {
        VerificationTask task = openTask(taskId, "complete");
        requireNotBefore(completedOn, task.createdOn, "the verification result", "the task was created");
        task.completedOn = completedOn;
    }

    public void exemptVerification(UUID taskId, UUID partyMemberId, LocalDate exemptedOn) {
        VerificationTask task = openTask(taskId, "exempt");
        if (!task.subject.exemptable()) {
            throw new Conflict("NOT_EXEMPTABLE", "the applicant's own background is always verified");
        }
        requireNotBefore(exemptedOn, task.createdOn, "the exemption", "the task was created");
        task.exemptedOn = exemptedOn;
        task.exemptedMemberId = partyMemberId;
    }

    private VerificationTask openTask(UUID taskId, String action) {
        requireState(action + " a verification task", CaseState.BACKGROUND_DECLARED);
        VerificationTask task = verificationTasks.stream().filter(each -> each.id.equals(taskId)).findFirst()
                .orElseThrow(() -> new vn.partydev.platform.problem.NotFound("verification task", taskId));
        if (task.closed()) {
            throw new Conflict("TASK_CLOSED", "the verification task was already completed or exempted");
        }
        return task;
    }

    /** The applicant's own background has been verified and no task is left open. */
    public boolean verificationComplete() {
        return verificationTasks.stream().anyMatch(task -> task.subject == VerificationSubject.APPLICANT)
                && verificationTasks.stream().allMatch(VerificationTask::closed);
    }

    // --- 3. introductions

    public List<IntroducerKind> introducerKinds() {
        return introductions.stream().map(each -> each.kind).toList();
    }

    /** Call after R-INTRO-1 and R-INTRO-2 have been checked. */
    public Introduction introduce(IntroducerKind kind, UUID memberId, LocalDate knownSince, LocalDate introducedOn) {
        requireState("record an introduction", CaseState.BACKGROUND_DECLARED);
        if (!verificationComplete()) {
            throw new Conflict("STEP_OUT_OF_ORDER", "the background verification is not complete: the applicant's task"
                    + " must exist and every task must be completed or exempted before introductions");
        }
        requireNotBefore(introducedOn, backgroundDeclaredOn, "the introduction", "the background declaration");
        Introduction introduction = new Introduction();
        introduction.id = UUID.randomUUID();
        introduction.admissionCase = self();
        introduction.kind = kind;
        introduction.memberId = memberId;
        introduction.knownSince = knownSince;
        introduction.introducedOn = introducedOn;
        introductions.add(introduction);
        if (introductions.size() == 2) {
            state = CaseState.INTRODUCED;
        }
        return introduction;
    }

    // --- 4. opinions

    public Opinion recordOpinion(OpinionGiver giver, LocalDate givenOn, boolean favourable, String summary) {
        requireState("record an opinion", CaseState.INTRODUCED);
        Opinion opinion = new Opinion();
        opinion.id = UUID.randomUUID();
        opinion.admissionCase = self();
        opinion.giver = giver;
        opinion.givenOn = givenOn;
        opinion.favourable = favourable;
        opinion.summary = summary;
        opinions.add(opinion);
        return opinion;
    }

    public void recordConsent(ProvincialConsent kind, LocalDate consentedOn) {
        if (!state.beforeCeremony() || state.closed()) {
            throw new Conflict("STEP_OUT_OF_ORDER", "a provincial consent can only be recorded before the ceremony (the case is " + state + ")");
        }
        if (kind == ProvincialConsent.OLDER_APPLICANT) {
            olderApplicantConsentOn = consentedOn;
        } else {
            literacyConsentOn = consentedOn;
        }
    }

    // --- 5–6. cell vote

    public void requireReadyForCellVote(LocalDate votedOn) {
        requireState("record the cell vote", CaseState.INTRODUCED);
        if (opinions.isEmpty()) {
            throw new Conflict("STEP_OUT_OF_ORDER", "the opinions of the mass organisations and of the residence cell"
                    + " must be recorded before the cell votes");
        }
        LocalDate lastIntroduction = introductions.get(introductions.size() - 1).introducedOn;
        requireNotBefore(votedOn, lastIntroduction, "the cell vote", "the introductions");
    }

    /** Records a cell vote whose rules were checked; an adopted one starts the R-SLA-1 clock. */
    public CaseVote recordCellVote(LocalDate votedOn, int yes, int no, int eligible, int yesNeeded, boolean adopted,
                                   UUID committeeAbove, UUID decidingOrganisation, LocalDate decisionDue) {
        CaseVote vote = addVote(VoteKind.CELL, votedOn, yes, no, eligible, yesNeeded, adopted ? VoteOutcome.ADOPTED : VoteOutcome.REJECTED);
        if (adopted) {
            cellResolutionOn = votedOn;
            committeeId = committeeAbove;
            decidingOrganisationId = decidingOrganisation;
            this.decisionDue = decisionDue;
            state = CaseState.CELL_ADOPTED;
        }
        return vote;
    }

    // --- 7. committee vote

    public void requireReadyForCommitteeVote(LocalDate votedOn) {
        requireState("record the grassroots committee's vote", CaseState.CELL_ADOPTED);
        if (committeeId == null) {
            throw new Conflict("STEP_OUT_OF_ORDER", "the cell does not sit under a grassroots committee: no committee vote is taken");
        }
        requireNotBefore(votedOn, cellResolutionOn, "the committee vote", "the cell resolution");
    }

    public CaseVote recordCommitteeVote(LocalDate votedOn, int yes, int no, int members, int yesNeeded, boolean adopted) {
        CaseVote vote = addVote(VoteKind.COMMITTEE, votedOn, yes, no, members, yesNeeded, adopted ? VoteOutcome.ADOPTED : VoteOutcome.REJECTED);
        if (adopted) {
            committeeResolutionOn = votedOn;
            state = CaseState.COMMITTEE_ADOPTED;
        }
        return vote;
    }

    // --- 8. decision

    private void requireAwaitingDecision(String action) {
        if (committeeId != null) {
            requireState(action, CaseState.COMMITTEE_ADOPTED);
        } else {
            requireState(action, CaseState.CELL_ADOPTED);
        }
    }

    /**
     * R-SLA-1: one extension, granted on or before the original due date, reaching at most {@code latestAllowed}
     * (counted from the original due date), with a reason.
     */
    public void extendDecision(LocalDate grantedOn, LocalDate extendedTo, String reason, LocalDate latestAllowed) {
        requireAwaitingDecision("extend the decision deadline");
        if (decisionExtendedTo != null) {
            throw new RuleViolation("R-SLA-1", "the decision deadline was already extended once, to " + decisionExtendedTo)
                    .in("extended-already", decisionExtendedTo);
        }
        requireNotBefore(grantedOn, cellResolutionOn, "the extension", "the cell resolution");
        requireGrantedInTime("R-SLA-1", "decision", grantedOn, decisionDue);
        if (!extendedTo.isAfter(decisionDue)) {
            throw new RuleViolation("R-SLA-1", "an extension must move the deadline past " + decisionDue).in("extension-not-later", decisionDue);
        }
        if (extendedTo.isAfter(latestAllowed)) {
            throw new RuleViolation("R-SLA-1", "the decision deadline " + decisionDue + " can be extended to "
                    + latestAllowed + " at the latest; " + extendedTo + " was asked").in("extension-too-long", decisionDue, latestAllowed, extendedTo);
        }
        decisionExtendedTo = extendedTo;
        decisionExtensionReason = reason;
        decisionExtensionGrantedOn = grantedOn;
    }

    public LocalDate effectiveDecisionDue() {
        return decisionExtendedTo != null ? decisionExtendedTo : decisionDue;
    }

    /**
     * Records the decision on its real date. R-SLA-1 is a duty of the deciding committee, not a condition of validity:
     * a decision after {@link #effectiveDecisionDue()} is recorded with {@code lateness}, never refused.
     */
    public void decide(LocalDate decidedOn, LocalDate receivedOn, LocalDate ceremonyDue, Lateness lateness) {
        requireAwaitingDecision("record the admission decision");
        LocalDate voted = committeeResolutionOn != null ? committeeResolutionOn : cellResolutionOn;
        requireNotBefore(decidedOn, voted, "the decision", "the last resolution");
        requireNotBefore(receivedOn, decidedOn, "receiving the decision", "the decision");
        if (olderApplicantConsentOn != null && !olderApplicantConsentOn.isBefore(decidedOn)) {
            throw new RuleViolation("R-AGE-1", "the provincial consent of " + olderApplicantConsentOn
                    + " must be dated before the decision of " + decidedOn).in("consent-after-decision", olderApplicantConsentOn, decidedOn);
        }
        this.decidedOn = decidedOn;
        this.decisionReceivedOn = receivedOn;
        this.ceremonyDue = ceremonyDue;
        this.decisionLateWorkingDays = lateness.workingDays();
        state = CaseState.DECIDED;
    }

    // --- rejection and withdrawal, before the ceremony

    public void reject(LocalDate rejectedOn, String reason) {
        requireOpenBeforeCeremony("reject");
        requireNotBefore(rejectedOn, openedOn, "the rejection", "the case was opened");
        closedOn = rejectedOn;
        closeReason = reason;
        state = CaseState.REJECTED;
    }

    public void withdraw(LocalDate withdrawnOn, String reason) {
        requireOpenBeforeCeremony("withdraw");
        requireNotBefore(withdrawnOn, openedOn, "the withdrawal", "the case was opened");
        closedOn = withdrawnOn;
        closeReason = reason;
        state = CaseState.WITHDRAWN;
    }

    /** Where the procedure stood when it was rejected, for the event. */
    public String stageForRejection() {
        return switch (state) {
            case INTRODUCED -> "CELL_VOTE";
            case CELL_ADOPTED -> committeeId != null ? "COMMITTEE_VOTE" : "DECISION";
            case COMMITTEE_ADOPTED -> "DECISION";
            case BACKGROUND_DECLARED -> "VERIFICATION";
            default -> "OTHER";
        };
    }

    private void requireOpenBeforeCeremony(String action) {
        if (state.closed() || !state.beforeCeremony()) {
            throw new Conflict("STEP_OUT_OF_ORDER", "cannot " + action + " a case that is " + state
                    + " (only before the ceremony)");
        }
    }

    public Optional<CaseVote> lastVote(VoteKind kind) {
        return votes.stream().filter(vote -> vote.kind == kind).reduce((first, second) -> second);
    }

    protected CaseVote addVote(VoteKind kind, LocalDate votedOn, int yes, int no, int electorate, int yesNeeded, VoteOutcome outcome) {
        lastVote(kind).ifPresent(previous -> requireNotBefore(votedOn, previous.votedOn.plusDays(1),
                "a new vote", "the day after the previous vote"));
        CaseVote vote = new CaseVote();
        vote.id = UUID.randomUUID();
        vote.admissionCase = self();
        vote.kind = kind;
        vote.attempt = (int) votes.stream().filter(each -> each.kind == kind).count() + 1;
        vote.votedOn = votedOn;
        vote.yes = yes;
        vote.no = no;
        vote.electorate = electorate;
        vote.yesNeeded = yesNeeded;
        vote.outcome = outcome;
        votes.add(vote);
        return vote;
    }

    protected void requireState(String action, CaseState... allowed) {
        if (Arrays.stream(allowed).noneMatch(each -> each == state)) {
            throw new Conflict("STEP_OUT_OF_ORDER", "cannot " + action + ": the case is " + state
                    + ", this step follows " + Arrays.toString(allowed));
        }
    }

    /** An extension is granted on its own date, on or before the deadline it extends (DOMAIN 3.3). */
    protected static void requireGrantedInTime(String rule, String what, LocalDate grantedOn, LocalDate originalDue) {
        if (grantedOn.isAfter(originalDue)) {
            throw new RuleViolation(rule, "the " + what + " deadline " + originalDue + " can only be extended on or before"
                    + " that date; an extension granted on " + grantedOn + " is too late (record the act as late instead)")
                    .in("extension-too-late", originalDue, grantedOn);
        }
    }

    protected static void requireNotBefore(LocalDate date, LocalDate earliest, String what, String after) {
        if (earliest != null && date.isBefore(earliest)) {
            throw new Conflict("DATE_OUT_OF_ORDER", what + " (" + date + ") cannot be dated before " + after + " (" + earliest + ")");
        }
    }
}
