package vn.partydev.admission.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.partydev.admission.domain.AdmissionCase;
import vn.partydev.admission.domain.CandidateKnowledge;
import vn.partydev.admission.domain.CaseState;
import vn.partydev.admission.domain.CaseVote;
import vn.partydev.admission.domain.EligibilityRules;
import vn.partydev.admission.domain.IntroducerKind;
import vn.partydev.admission.domain.Introduction;
import vn.partydev.admission.domain.Opinion;
import vn.partydev.admission.domain.VerificationTask;
import vn.partydev.admission.domain.IntroductionRules;
import vn.partydev.admission.domain.OpinionGiver;
import vn.partydev.admission.domain.ProvincialConsent;
import vn.partydev.admission.domain.ResidentialArea;
import vn.partydev.admission.domain.VerificationSubject;
import vn.partydev.admission.domain.VoteThreshold;
import vn.partydev.admission.events.CaseEvents;
import vn.partydev.platform.codes.TrainingKind;
import vn.partydev.platform.outbox.Outbox;
import vn.partydev.platform.person.HeldCertificates;
import vn.partydev.platform.problem.Conflict;
import vn.partydev.platform.problem.RuleViolation;
import vn.partydev.platform.rules.RuleSet;
import vn.partydev.platform.rules.RuleSets;
import vn.partydev.platform.scope.CallerScope;
import vn.partydev.platform.scope.OrganisationRef;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static vn.partydev.admission.service.RuleChecks.enforce;

/** The admission procedure (kết nạp đảng viên) from opening a case to the ceremony: one transaction per step. */
@ApplicationScoped
public class AdmissionService {

    @Inject
    AdmissionCases cases;
    @Inject
    CaseOrganisations organisations;
    @Inject
    CaseRoll roll;
    @Inject
    CallerScope scope;
    @Inject
    Outbox outbox;
    @Inject
    HeldCertificates certificates;

    /**
     * Opens a case for a candidate on a cell's list holding a valid awareness certificate (R-CERT-1), with the date of
     * birth declared in the dossier (kept in admission's own database; candidate events carry only an age).
     */
    @Transactional
    public AdmissionCase open(UUID candidateId, LocalDate openedOn, LocalDate birthDate, String ruleSetId) {
        RuleSet rules = ruleSetId == null ? RuleSets.defaultSet() : RuleSets.find(ruleSetId)
                .orElseThrow(() -> new RuleViolation("RULE_SET_UNKNOWN", "there is no rule set " + ruleSetId
                        + "; known: " + RuleSets.all().stream().map(RuleSet::id).toList()));
        CandidateKnowledge person = CandidateKnowledge.findById(candidateId);
        // a candidate listed outside the caller's subtree answers exactly like one on no list: no existence oracle
        OrganisationRef listedIn = person == null || person.listedCellId == null ? null
                : organisations.find(person.listedCellId).filter(listed -> scope.covers(listed.path())).orElse(null);
        if (listedIn == null) {
            throw new RuleViolation("NOT_ON_LIST", "candidate " + candidateId + " is not on any cell's list of candidates");
        }
        OrganisationRef cell = organisations.cell(listedIn.id());
        organisations.requireExisting(cell.id(), openedOn, "opening an admission case in the cell");
        LocalDate validUntil = certificates.validUntil(candidateId, TrainingKind.AWARENESS, openedOn).orElse(null);
        enforce(EligibilityRules.certificate("R-CERT-1", "awareness", validUntil, openedOn));
        if (cases.count("candidateId = ?1 and state not in ?2", candidateId,
                List.of(CaseState.REJECTED, CaseState.WITHDRAWN, CaseState.STRUCK_OFF, CaseState.OFFICIAL)) > 0) {
            throw new Conflict("DUPLICATE", "candidate " + candidateId + " already has an open admission case");
        }
        AdmissionCase admissionCase = AdmissionCase.open(candidateId, cell.id(), cell.path(), person.residentialAreaId,
                rules.id(), openedOn);
        person.declareBirthDate(birthDate);
        cases.persist(admissionCase);
        outbox.publish(CaseEvents.opened(admissionCase));
        return admissionCase;
    }

    @Transactional
    public AdmissionCase receiveApplication(UUID id, LocalDate receivedOn) {
        AdmissionCase admissionCase = cases.findInScopeForUpdate(id);
        admissionCase.receiveApplication(receivedOn);
        return admissionCase;
    }

    @Transactional
    public AdmissionCase declareBackground(UUID id, LocalDate declaredOn) {
        AdmissionCase admissionCase = cases.findInScopeForUpdate(id);
        admissionCase.declareBackground(declaredOn);
        return admissionCase;
    }

    @Transactional
    public VerificationTask addVerificationTask(UUID id, VerificationSubject subject, UUID addressedTo, LocalDate createdOn, LocalDate dueOn) {
        AdmissionCase admissionCase = cases.findInScopeForUpdate(id);
        if (addressedTo != null) {
            organisations.get(addressedTo);
        }
        return admissionCase.addVerificationTask(subject, addressedTo, createdOn, dueOn);
    }

    @Transactional
    public AdmissionCase completeVerification(UUID id, UUID taskId, LocalDate completedOn) {
        AdmissionCase admissionCase = cases.findInScopeForUpdate(id);
        admissionCase.completeVerification(taskId, completedOn);
        return admissionCase;
    }

    /** A relative who is a party member (on the roll on that date) and fully declared may be exempted. */
    @Transactional
    public AdmissionCase exemptVerification(UUID id, UUID taskId, UUID relativeMemberId, LocalDate exemptedOn) {
        AdmissionCase admissionCase = cases.findInScopeForUpdate(id);
        if (!roll.partyMember(relativeMemberId, exemptedOn)) {
            throw new RuleViolation("NOT_A_PARTY_MEMBER", "member " + relativeMemberId + " is not on the roll on "
                    + exemptedOn + ": only a relative who is a party member may be exempted from verification");
        }
        admissionCase.exemptVerification(taskId, relativeMemberId, exemptedOn);
        return admissionCase;
    }

    /** R-INTRO-1 and R-INTRO-2 (the introducing member's standing and acquaintance, from the member roll). */
    @Transactional
    public Introduction introduce(UUID id, IntroducerKind kind, UUID memberId, LocalDate knownSince, LocalDate introducedOn) {
        AdmissionCase admissionCase = cases.findInScopeForUpdate(id);
        CandidateKnowledge person = cases.personOf(admissionCase);
        RuleSet rules = cases.rulesOf(admissionCase);
        boolean youth = IntroductionRules.youthUnionMemberOfYouthAge(person.categories.youthUnionMember,
                person.categories.birthDate, introducedOn);
        enforce(IntroductionRules.composition(admissionCase.introducerKinds(), kind, youth));
        if (kind == IntroducerKind.OFFICIAL_MEMBER) {
            if (memberId == null || knownSince == null) {
                throw new RuleViolation("R-INTRO-2", "an introducing member needs memberId and knownSince").in("member-and-since");
            }
            if (admissionCase.introductions.stream().anyMatch(each -> memberId.equals(each.memberId))) {
                throw new RuleViolation("R-INTRO-1", "member " + memberId + " already introduces the applicant; two different introducers are needed")
                        .in("same-member", memberId);
            }
            UUID grassroots = roll.grassrootsOrganisationOf(admissionCase.cellId);
            // an introducer outside the caller's subtree answers exactly like a member who is not official there
            if (!roll.visible(memberId) || !roll.officialIn(memberId, grassroots, introducedOn)) {
                throw new RuleViolation("R-INTRO-2", "member " + memberId + " is not an official member of the applicant's"
                        + " grassroots organisation on " + introducedOn).in("not-official", memberId, introducedOn);
            }
            enforce(IntroductionRules.acquaintance(rules, knownSince, introducedOn));
            LocalDate sharedSince = introducedOn.minusMonths(rules.introducerAcquaintanceMonths());
            if (!roll.memberIn(memberId, grassroots, sharedSince)) {
                throw new RuleViolation("R-INTRO-2", "member " + memberId + " was not in the applicant's grassroots"
                        + " organisation on " + sharedSince + ": the " + rules.introducerAcquaintanceMonths()
                        + " months together must be within the same grassroots organisation")
                        .in("not-together", memberId, sharedSince, rules.introducerAcquaintanceMonths());
            }
        }
        return admissionCase.introduce(kind, kind == IntroducerKind.OFFICIAL_MEMBER ? memberId : null,
                kind == IntroducerKind.OFFICIAL_MEMBER ? knownSince : null, introducedOn);
    }

    @Transactional
    public Opinion recordOpinion(UUID id, OpinionGiver giver, LocalDate givenOn, boolean favourable, String summary) {
        AdmissionCase admissionCase = cases.findInScopeForUpdate(id);
        return admissionCase.recordOpinion(giver, givenOn, favourable, summary);
    }

    @Transactional
    public AdmissionCase recordConsent(UUID id, ProvincialConsent kind, LocalDate consentedOn) {
        AdmissionCase admissionCase = cases.findInScopeForUpdate(id);
        admissionCase.recordConsent(kind, consentedOn);
        return admissionCase;
    }

    /**
     * The cell's vote (R-AGE-1, R-EDU-1, R-CERT-1 at the vote date, R-CELL-1, R-VOTE-1). The electorate comes from the
     * roll; the caller names who was away and which exempted members were absent. A resolution that rejects is kept.
     */
    @Transactional
    public AdmissionCase recordCellVote(UUID id, LocalDate votedOn, int yes, int no, List<UUID> temporarilyAway,
                                        List<UUID> exemptedAbsent, boolean adopted) {
        AdmissionCase admissionCase = cases.findInScopeForUpdate(id);
        admissionCase.requireReadyForCellVote(votedOn);
        organisations.requireExisting(admissionCase.cellId, votedOn, "the cell's vote");
        RuleSet rules = cases.rulesOf(admissionCase);
        CandidateKnowledge person = cases.personOf(admissionCase);
        enforce(EligibilityRules.age(rules, person.categories.birthDate, votedOn, admissionCase.olderApplicantConsentOn));
        enforce(EligibilityRules.education(person.categories.generalEducation, disadvantaged(admissionCase.residentialAreaId),
                admissionCase.literacyConsentOn != null && !admissionCase.literacyConsentOn.isAfter(votedOn)));
        LocalDate validUntil = certificates.validUntil(admissionCase.candidateId, TrainingKind.AWARENESS, votedOn).orElse(null);
        enforce(EligibilityRules.certificate("R-CERT-1", "awareness", validUntil, votedOn));
        int eligible = eligibleVoters(admissionCase.cellId, votedOn, rules, temporarilyAway, exemptedAbsent);
        int needed = checkResolution("R-VOTE-1", "the cell has " + eligible + " eligible official members", eligible, yes, no, adopted, rules);
        OrganisationRef cell = organisations.get(admissionCase.cellId);
        UUID committee = organisations.grassrootsCommitteeAbove(cell).map(OrganisationRef::id).orElse(null);
        UUID deciding = organisations.decidingOrganisation(cell).id();
        CaseVote vote = admissionCase.recordCellVote(votedOn, yes, no, eligible, needed, adopted, committee, deciding,
                cases.deadlinesOf(admissionCase).decisionDue(votedOn));
        outbox.publish(adopted ? CaseEvents.cellAdopted(admissionCase, vote) : CaseEvents.cellRejected(admissionCase, vote));
        return admissionCase;
    }

    /** R-VOTE-2: the grassroots committee's vote, counted against its members. */
    @Transactional
    public AdmissionCase recordCommitteeVote(UUID id, LocalDate votedOn, int members, int yes, int no, boolean adopted) {
        AdmissionCase admissionCase = cases.findInScopeForUpdate(id);
        admissionCase.requireReadyForCommitteeVote(votedOn);
        organisations.requireExisting(admissionCase.committeeId, votedOn, "the committee's vote");
        int needed = checkResolution("R-VOTE-2", "the committee has " + members + " members", members, yes, no, adopted,
                cases.rulesOf(admissionCase));
        CaseVote vote = admissionCase.recordCommitteeVote(votedOn, yes, no, members, needed, adopted);
        outbox.publish(adopted ? CaseEvents.committeeAdopted(admissionCase, vote) : CaseEvents.committeeRejected(admissionCase, vote));
        return admissionCase;
    }

    /** R-SLA-1: one extension of the decision deadline, granted by its due date, by at most 30 working days, with a reason. */
    @Transactional
    public AdmissionCase extendDecision(UUID id, LocalDate grantedOn, LocalDate extendedTo, String reason) {
        AdmissionCase admissionCase = cases.findInScopeForUpdate(id);
        LocalDate latest = admissionCase.decisionDue == null ? null
                : cases.deadlinesOf(admissionCase).latestDecisionExtension(admissionCase.decisionDue);
        admissionCase.extendDecision(grantedOn, extendedTo, reason, latest);
        return admissionCase;
    }

    /** The decision (quyết định kết nạp) by the organisation that may decide for the cell; late against R-SLA-1 or not. */
    @Transactional
    public AdmissionCase decide(UUID id, LocalDate decidedOn, LocalDate receivedOn) {
        AdmissionCase admissionCase = cases.findInScopeForUpdate(id);
        LocalDate received = receivedOn != null ? receivedOn : decidedOn;
        var deadlines = cases.deadlinesOf(admissionCase);
        admissionCase.decide(decidedOn, received, deadlines.ceremonyDue(received),
                deadlines.lateness(admissionCase.effectiveDecisionDue(), decidedOn));
        outbox.publish(CaseEvents.decided(admissionCase));
        return admissionCase;
    }

    /** The ceremony (lễ kết nạp), R-SLA-2: the person joins the roll as a probationary member. */
    @Transactional
    public AdmissionCase holdCeremony(UUID id, LocalDate ceremonyOn, LocalDate lateApprovalOn) {
        AdmissionCase admissionCase = cases.findInScopeForUpdate(id);
        CandidateKnowledge person = cases.personOf(admissionCase);
        var deadlines = cases.deadlinesOf(admissionCase);
        admissionCase.holdCeremony(ceremonyOn, lateApprovalOn, deadlines.probationEnds(ceremonyOn),
                deadlines.recognitionVoteDue(ceremonyOn), deadlines.lateness(admissionCase.ceremonyDue, ceremonyOn));
        admissionCase.memberId = roll.admitProbationary(admissionCase, person);
        outbox.publish(CaseEvents.admitted(admissionCase, person));
        return admissionCase;
    }

    @Transactional
    public AdmissionCase reject(UUID id, LocalDate rejectedOn, String reason) {
        AdmissionCase admissionCase = cases.findInScopeForUpdate(id);
        String stage = admissionCase.stageForRejection();
        admissionCase.reject(rejectedOn, reason);
        outbox.publish(CaseEvents.rejected(admissionCase, stage));
        return admissionCase;
    }

    @Transactional
    public AdmissionCase withdraw(UUID id, LocalDate withdrawnOn, String reason) {
        AdmissionCase admissionCase = cases.findInScopeForUpdate(id);
        admissionCase.withdraw(withdrawnOn, reason);
        outbox.publish(CaseEvents.withdrawn(admissionCase));
        return admissionCase;
    }

    /** R-CELL-1 and the R-VOTE-1 electorate: official members on the roll, minus those away and exempted absentees. */
    int eligibleVoters(UUID cellId, LocalDate votedOn, RuleSet rules, List<UUID> temporarilyAway, List<UUID> exemptedAbsent) {
        int official = roll.officialMemberCount(cellId, votedOn);
        if (official < rules.minimumOfficialMembersToVote()) {
            throw new RuleViolation("R-CELL-1", "the cell has " + official + " official members on " + votedOn
                    + "; at least " + rules.minimumOfficialMembersToVote() + " are needed to vote")
                    .in("too-few-members", official, votedOn, rules.minimumOfficialMembersToVote());
        }
        var named = new HashSet<UUID>();
        for (UUID member : concat(temporarilyAway, exemptedAbsent)) {
            if (!named.add(member)) {
                throw new RuleViolation("R-VOTE-1", "member " + member + " is named twice among those away or absent")
                        .in("named-twice", member);
            }
            if (!roll.officialInCell(member, cellId, votedOn)) {
                throw new RuleViolation("R-VOTE-1", "member " + member + " is not an official member of the cell on " + votedOn
                        + ": only the cell's official members can be away or absent").in("not-official", member, votedOn);
            }
        }
        return VoteThreshold.eligible(official, size(temporarilyAway), size(exemptedAbsent));
    }

    /** The counts must fit the electorate, and the resolution recorded must be the one the counts give. */
    static int checkResolution(String rule, String electorateSentence, int electorate, int yes, int no, boolean adopted, RuleSet rules) {
        if (yes + no > electorate) {
            throw new RuleViolation(rule, electorateSentence + "; " + yes + " yes and " + no + " no votes are more than that")
                    .in("too-many-votes", electorate, yes, no);
        }
        int needed = VoteThreshold.yesNeeded(electorate, rules.voteThreshold());
        boolean passes = VoteThreshold.passes(yes, electorate, rules.voteThreshold());
        if (adopted && !passes) {
            throw new RuleViolation(rule, electorateSentence + "; " + needed + " yes votes are needed, " + yes + " were cast")
                    .in("too-few-yes", electorate, needed, yes);
        }
        if (!adopted && passes) {
            throw new RuleViolation(rule, electorateSentence + "; " + yes + " yes votes reach the " + needed
                    + " needed, so the resolution is adopted, not rejected").in("adopted-not-rejected", electorate, yes, needed);
        }
        return needed;
    }

    private boolean disadvantaged(UUID residentialAreaId) {
        if (residentialAreaId == null) {
            return false;
        }
        ResidentialArea area = ResidentialArea.findById(residentialAreaId);
        return area != null && area.disadvantaged;
    }

    private static List<UUID> concat(List<UUID> first, List<UUID> second) {
        var all = new java.util.ArrayList<UUID>();
        Optional.ofNullable(first).ifPresent(all::addAll);
        Optional.ofNullable(second).ifPresent(all::addAll);
        return all;
    }

    private static int size(List<UUID> list) {
        return list == null ? 0 : list.size();
    }
}
