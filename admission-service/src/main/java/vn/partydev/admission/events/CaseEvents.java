package vn.partydev.admission.events;

import vn.partydev.admission.domain.AdmissionCase;
import vn.partydev.admission.domain.CandidateKnowledge;
import vn.partydev.admission.domain.CaseVote;
import vn.partydev.platform.events.admission.AdmissionCaseOpened;
import vn.partydev.platform.events.admission.AdmissionDecided;
import vn.partydev.platform.events.admission.AdmissionRejected;
import vn.partydev.platform.events.admission.AdmissionWithdrawn;
import vn.partydev.platform.events.admission.CellResolutionAdopted;
import vn.partydev.platform.events.admission.CellResolutionRejected;
import vn.partydev.platform.events.admission.CommitteeResolutionAdopted;
import vn.partydev.platform.events.admission.CommitteeResolutionRejected;
import vn.partydev.platform.events.admission.MemberAdmitted;
import vn.partydev.platform.events.admission.MemberRecognised;
import vn.partydev.platform.events.admission.MemberStruckOff;
import vn.partydev.platform.events.admission.RecognitionEscalated;
import vn.partydev.platform.events.admission.RecognitionVoteAdopted;
import vn.partydev.platform.events.admission.RecognitionVoteFailed;

/** The events of an admission case, built from its state (ids, dates, counts and codes only — never personal data). */
public final class CaseEvents {

    private CaseEvents() {
    }

    public static AdmissionCaseOpened opened(AdmissionCase c) {
        return new AdmissionCaseOpened(c.candidateId, c.id, c.cellId, c.openedOn, c.ruleSet);
    }

    public static CellResolutionAdopted cellAdopted(AdmissionCase c, CaseVote v) {
        return new CellResolutionAdopted(c.candidateId, c.id, c.cellId, v.votedOn, v.yes, v.no, v.electorate, c.decisionDue);
    }

    public static CellResolutionRejected cellRejected(AdmissionCase c, CaseVote v) {
        return new CellResolutionRejected(c.candidateId, c.id, c.cellId, v.votedOn, v.yes, v.no, v.electorate, v.attempt);
    }

    public static CommitteeResolutionAdopted committeeAdopted(AdmissionCase c, CaseVote v) {
        return new CommitteeResolutionAdopted(c.candidateId, c.id, c.committeeId, v.votedOn, v.yes, v.no, v.electorate);
    }

    public static CommitteeResolutionRejected committeeRejected(AdmissionCase c, CaseVote v) {
        return new CommitteeResolutionRejected(c.candidateId, c.id, c.committeeId, v.votedOn, v.yes, v.no, v.electorate, v.attempt);
    }

    public static AdmissionDecided decided(AdmissionCase c) {
        return new AdmissionDecided(c.candidateId, c.id, c.cellId, c.decidingOrganisationId, c.decidedOn, c.ceremonyDue,
                c.effectiveDecisionDue(), c.decisionLateWorkingDays > 0, c.decisionLateWorkingDays);
    }

    public static AdmissionRejected rejected(AdmissionCase c, String stage) {
        return new AdmissionRejected(c.candidateId, c.id, c.cellId, c.closedOn, AdmissionRejected.AdmissionStage.valueOf(stage));
    }

    public static AdmissionWithdrawn withdrawn(AdmissionCase c) {
        return new AdmissionWithdrawn(c.candidateId, c.id, c.cellId, c.closedOn);
    }

    public static MemberAdmitted admitted(AdmissionCase c, CandidateKnowledge person) {
        return new MemberAdmitted(c.candidateId, c.id, c.cellId, c.residentialAreaId, c.decidedOn, c.ceremonyOn,
                c.probationEndsOn, c.recognitionVoteDue, person.source, person.demographicsOn(c.ceremonyOn), c.decidingOrganisationId,
                c.ceremonyDue, c.lateCeremonyApprovedOn, c.ceremonyLateWorkingDays > 0, c.ceremonyLateWorkingDays);
    }

    public static RecognitionVoteAdopted recognitionAdopted(AdmissionCase c, CaseVote v) {
        return new RecognitionVoteAdopted(c.memberId, c.id, c.cellId, v.votedOn, v.yes, v.no, v.electorate, c.recognitionDecisionDue,
                c.recognitionVoteDue, v.attempt, lateVote(c, v) > 0, lateVote(c, v));
    }

    public static RecognitionVoteFailed recognitionFailed(AdmissionCase c, CaseVote v) {
        return new RecognitionVoteFailed(c.memberId, c.id, c.cellId, v.votedOn, v.attempt, v.yes, v.no, v.electorate,
                c.recognitionVoteDue, lateVote(c, v) > 0, lateVote(c, v));
    }

    /** R-SLA-3 measures the cell's first recognition vote; later attempts follow a vote held (on time or not). */
    private static int lateVote(AdmissionCase c, CaseVote v) {
        return v.attempt == 1 ? c.recognitionVoteLateWorkingDays : 0;
    }

    public static RecognitionEscalated escalated(AdmissionCase c) {
        return new RecognitionEscalated(c.memberId, c.id, c.cellId, c.escalatedTo, c.escalatedOn);
    }

    public static MemberRecognised recognised(AdmissionCase c) {
        return new MemberRecognised(c.memberId, c.id, c.cellId, c.closedOn, c.officialOn, c.recognitionDecidedBy(),
                c.effectiveRecognitionDecisionDue(), c.recognitionLateWorkingDays > 0, c.recognitionLateWorkingDays);
    }

    public static MemberStruckOff struckOff(AdmissionCase c) {
        return new MemberStruckOff(c.memberId, c.id, c.cellId, c.closedOn, c.recognitionDecidedBy(),
                c.effectiveRecognitionDecisionDue(), c.recognitionLateWorkingDays > 0, c.recognitionLateWorkingDays);
    }
}
