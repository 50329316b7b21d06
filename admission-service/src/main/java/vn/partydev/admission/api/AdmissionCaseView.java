package vn.partydev.admission.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.admission.domain.AdmissionCase;
import vn.partydev.admission.domain.CaseState;
import vn.partydev.admission.domain.CaseVote;
import vn.partydev.admission.domain.DueItem;
import vn.partydev.admission.domain.IntroducerKind;
import vn.partydev.admission.domain.Introduction;
import vn.partydev.admission.domain.Opinion;
import vn.partydev.admission.domain.OpinionGiver;
import vn.partydev.admission.domain.VerificationSubject;
import vn.partydev.admission.domain.VerificationTask;
import vn.partydev.admission.domain.VoteKind;
import vn.partydev.admission.domain.VoteOutcome;
import vn.partydev.platform.rules.RuleSet;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An admission case with every step and its dates, the rule set it follows and the deadlines that apply. */
@Schema(description = "An admission case with every step, the rule set and the deadlines")
public record AdmissionCaseView(
        @Schema(description = "Case id") UUID id,
        @Schema(description = "The candidate; after the ceremony also the member id") UUID candidateId,
        @Schema(description = "The cell whose list holds the candidate") UUID cellId,
        @Schema(description = "Where the case stands", example = "INTRODUCED") CaseState state,
        @Schema(description = "The rule set the case follows, with its numbers") RuleSet ruleSet,
        @Schema(description = "Date the case was opened") LocalDate openedOn,
        @Schema(description = "Date the application letter was received") LocalDate applicationOn,
        @Schema(description = "Date the background declaration was handed in") LocalDate backgroundDeclaredOn,
        @Schema(description = "Background verification tasks") List<Task> verificationTasks,
        @Schema(description = "Introductions (exactly two once complete)") List<Intro> introductions,
        @Schema(description = "Opinions recorded") List<OpinionView> opinions,
        @Schema(description = "Provincial consent for an applicant over 60 (R-AGE-1)") LocalDate olderApplicantConsentOn,
        @Schema(description = "Provincial consent for literacy only (R-EDU-1)") LocalDate literacyConsentOn,
        @Schema(description = "Every vote, adopted or not") List<Vote> votes,
        @Schema(description = "Date of the adopted cell resolution") LocalDate cellResolutionOn,
        @Schema(description = "The grassroots committee that votes after the cell, if any") UUID committeeId,
        @Schema(description = "Date of the adopted committee resolution") LocalDate committeeResolutionOn,
        @Schema(description = "The organisation that decides the admission") UUID decidingOrganisationId,
        @Schema(description = "R-SLA-1: decision due") LocalDate decisionDue,
        @Schema(description = "R-SLA-1: the one extension, if any") LocalDate decisionExtendedTo,
        @Schema(description = "R-SLA-1: date the extension was granted (on or before decisionDue)") LocalDate decisionExtensionGrantedOn,
        @Schema(description = "Date of the admission decision") LocalDate decidedOn,
        @Schema(description = "R-SLA-1: whether the recorded decision was on time; absent before the decision") Timing decisionTiming,
        @Schema(description = "Date the decision was received") LocalDate decisionReceivedOn,
        @Schema(description = "R-SLA-2: ceremony due") LocalDate ceremonyDue,
        @Schema(description = "Superior committee approval of a late ceremony") LocalDate lateCeremonyApprovedOn,
        @Schema(description = "Date of the ceremony (day of entry)") LocalDate ceremonyOn,
        @Schema(description = "R-SLA-2: whether the recorded ceremony was on time (or approved); absent before it") Timing ceremonyTiming,
        @Schema(description = "The member on the roll after the ceremony") UUID memberId,
        @Schema(description = "R-PROB-1: end of probation") LocalDate probationEndsOn,
        @Schema(description = "R-SLA-3: recognition vote due") LocalDate recognitionVoteDue,
        @Schema(description = "The probationary member's helper") UUID helperMemberId,
        @Schema(description = "Date the helper was assigned") LocalDate helperAssignedOn,
        @Schema(description = "R-SLA-3: whether the cell's first recognition vote was on time; absent before it") Timing recognitionVoteTiming,
        @Schema(description = "R-SLA-3: recognition decision due") LocalDate recognitionDecisionDue,
        @Schema(description = "R-SLA-3: the one extension, if any") LocalDate recognitionExtendedTo,
        @Schema(description = "R-SLA-3: date the extension was granted (on or before recognitionDecisionDue)") LocalDate recognitionExtensionGrantedOn,
        @Schema(description = "R-SLA-3: whether the recorded recognition decision (or strike-off) was on time; absent before it") Timing recognitionTiming,
        @Schema(description = "R-VOTE-3: the superior committee the case was escalated to") UUID escalatedTo,
        @Schema(description = "Date of the escalation") LocalDate escalatedOn,
        @Schema(description = "R-DATE-1: official date, ceremony + 12 months") LocalDate officialOn,
        @Schema(description = "Date the case closed (recognised, struck off, rejected, withdrawn)") LocalDate closedOn,
        @Schema(description = "The step the case waits for, with its rule and due date") DueItem nextDeadline,
        @Schema(description = "Optimistic-lock version") long version) {

    /** An act recorded against its deadline: deadlines are duties, so a late act is recorded and flagged, never refused. */
    @Schema(description = "A recorded act measured against its deadline")
    public record Timing(@Schema(description = "The rule that sets the deadline", example = "R-SLA-1") String rule,
                         @Schema(description = "The due date (after any extension)", example = "2026-11-03") LocalDate dueOn,
                         @Schema(description = "The act's real date", example = "2026-11-04") LocalDate doneOn,
                         @Schema(description = "A breach of the rule: done after dueOn (for R-SLA-2 without the superior"
                                 + " committee's approval)", example = "true") boolean late,
                         @Schema(description = "Working days after dueOn up to doneOn; at least 1 when late, 0 otherwise",
                                 example = "1") int lateWorkingDays) {
        static Timing of(String rule, LocalDate dueOn, LocalDate doneOn, Integer lateWorkingDays) {
            if (lateWorkingDays == null || doneOn == null) {
                return null;
            }
            return new Timing(rule, dueOn, doneOn, lateWorkingDays > 0, lateWorkingDays);
        }
    }

    @Schema(description = "A verification task")
    public record Task(@Schema(description = "Task id") UUID id,
                       @Schema(description = "Whose background") VerificationSubject subject,
                       @Schema(description = "Organisation asked to verify") UUID addressedTo,
                       @Schema(description = "Created") LocalDate createdOn,
                       @Schema(description = "Due") LocalDate dueOn,
                       @Schema(description = "Completed") LocalDate completedOn,
                       @Schema(description = "Exempted") LocalDate exemptedOn,
                       @Schema(description = "The exempted relative's member id") UUID exemptedMemberId) {
        static Task of(VerificationTask t) {
            return new Task(t.id, t.subject, t.addressedTo, t.createdOn, t.dueOn, t.completedOn, t.exemptedOn, t.exemptedMemberId);
        }
    }

    @Schema(description = "An introduction")
    public record Intro(@Schema(description = "Who") IntroducerKind kind,
                        @Schema(description = "The introducing member") UUID memberId,
                        @Schema(description = "Known since") LocalDate knownSince,
                        @Schema(description = "Date") LocalDate introducedOn) {
        static Intro of(Introduction i) {
            return new Intro(i.kind, i.memberId, i.knownSince, i.introducedOn);
        }
    }

    @Schema(description = "An opinion")
    public record OpinionView(@Schema(description = "Who") OpinionGiver giver,
                              @Schema(description = "Date") LocalDate givenOn,
                              @Schema(description = "Supports the admission") boolean favourable,
                              @Schema(description = "Summary") String summary) {
        static OpinionView of(Opinion o) {
            return new OpinionView(o.giver, o.givenOn, o.favourable, o.summary);
        }
    }

    @Schema(description = "A vote")
    public record Vote(@Schema(description = "Which body on what") VoteKind kind,
                       @Schema(description = "Attempt number") int attempt,
                       @Schema(description = "Date") LocalDate votedOn,
                       @Schema(description = "Yes") int yes,
                       @Schema(description = "No") int no,
                       @Schema(description = "Eligible voters (from the roll) or committee members") int electorate,
                       @Schema(description = "Yes votes needed") int yesNeeded,
                       @Schema(description = "Outcome") VoteOutcome outcome) {
        static Vote of(CaseVote v) {
            return new Vote(v.kind, v.attempt, v.votedOn, v.yes, v.no, v.electorate, v.yesNeeded, v.outcome);
        }
    }

    public static AdmissionCaseView of(AdmissionCase c, RuleSet rules) {
        return new AdmissionCaseView(c.id, c.candidateId, c.cellId, c.state, rules, c.openedOn, c.applicationOn,
                c.backgroundDeclaredOn, c.verificationTasks.stream().map(Task::of).toList(),
                c.introductions.stream().map(Intro::of).toList(), c.opinions.stream().map(OpinionView::of).toList(),
                c.olderApplicantConsentOn, c.literacyConsentOn, c.votes.stream().map(Vote::of).toList(),
                c.cellResolutionOn, c.committeeId, c.committeeResolutionOn, c.decidingOrganisationId, c.decisionDue,
                c.decisionExtendedTo, c.decisionExtensionGrantedOn, c.decidedOn,
                Timing.of("R-SLA-1", c.effectiveDecisionDue(), c.decidedOn, c.decisionLateWorkingDays),
                c.decisionReceivedOn, c.ceremonyDue, c.lateCeremonyApprovedOn, c.ceremonyOn,
                Timing.of("R-SLA-2", c.ceremonyDue, c.ceremonyOn, c.ceremonyLateWorkingDays),
                c.memberId, c.probationEndsOn, c.recognitionVoteDue, c.helperMemberId, c.helperAssignedOn,
                Timing.of("R-SLA-3", c.recognitionVoteDue, c.firstRecognitionVoteOn().orElse(null), c.recognitionVoteLateWorkingDays),
                c.recognitionDecisionDue, c.recognitionExtendedTo, c.recognitionExtensionGrantedOn,
                Timing.of("R-SLA-3", c.effectiveRecognitionDecisionDue(), c.closedOn, c.recognitionLateWorkingDays),
                c.escalatedTo, c.escalatedOn, c.officialOn, c.closedOn,
                c.pendingStep().orElse(null), c.version);
    }
}
