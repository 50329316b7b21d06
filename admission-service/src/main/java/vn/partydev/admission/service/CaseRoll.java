package vn.partydev.admission.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.partydev.admission.domain.AdmissionCase;
import vn.partydev.admission.domain.CandidateKnowledge;
import vn.partydev.admission.domain.Member;
import vn.partydev.admission.domain.MemberRoll;
import vn.partydev.platform.codes.MemberStatus;
import vn.partydev.platform.person.PersonCategories;
import vn.partydev.platform.scope.CallerScope;
import vn.partydev.platform.scope.OrganisationRef;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the procedure asks of the member roll ({@link MemberRoll}, {@link MemberRegistry}): who is official in a cell
 * on a date, where a member was, and the roll changes that the ceremony, recognition and strike-off make.
 */
@ApplicationScoped
public class CaseRoll {

    @Inject
    MemberRoll roll;
    @Inject
    MemberRegistry registry;
    @Inject
    CallerScope scope;

    public int officialMemberCount(UUID cellId, LocalDate on) {
        return roll.officialMemberCount(cellId, on);
    }

    /** Official on the date, in a cell of the given grassroots organisation. */
    public boolean officialIn(UUID memberId, UUID grassrootsId, LocalDate on) {
        return roll.memberOn(memberId, on)
                .filter(member -> member.official() && grassrootsId.equals(grassrootsOrganisationOf(member.cellId())))
                .isPresent();
    }

    /** Official on the date in exactly this cell. */
    public boolean officialInCell(UUID memberId, UUID cellId, LocalDate on) {
        return roll.memberOn(memberId, on).filter(member -> member.official() && cellId.equals(member.cellId())).isPresent();
    }

    /** On the roll (any status) in a cell of the given grassroots organisation on the date. */
    public boolean memberIn(UUID memberId, UUID grassrootsId, LocalDate on) {
        return roll.memberOn(memberId, on)
                .filter(member -> grassrootsId.equals(grassrootsOrganisationOf(member.cellId())))
                .isPresent();
    }

    /** Whether the member is on the roll in the caller's subtree (ids in a body outside it are treated as unknown). */
    public boolean visible(UUID memberId) {
        Member member = Member.findById(memberId);
        return member != null && scope.covers(member.organisationPath);
    }

    public boolean partyMember(UUID memberId, LocalDate on) {
        return roll.memberOn(memberId, on).isPresent();
    }

    public UUID grassrootsOrganisationOf(UUID cellId) {
        return roll.grassrootsOrganisationOf(cellId).map(OrganisationRef::id).orElse(cellId);
    }

    /** The ceremony puts the person on the roll as a probationary member; the member keeps the candidate id. */
    public UUID admitProbationary(AdmissionCase admissionCase, CandidateKnowledge person) {
        PersonCategories d = person.categories;
        return registry.admit(new RegisterMember(admissionCase.candidateId, null, null, d.birthDate, d.gender,
                d.ethnicGroup, d.religion, d.generalEducation, d.professionalLevel, d.occupation,
                d.youthUnionMember, d.tradeUnionMember, admissionCase.cellId, admissionCase.residentialAreaId,
                MemberStatus.PROBATIONARY, admissionCase.ceremonyOn, null)).id;
    }

    public void recogniseOfficial(UUID memberId, LocalDate officialOn) {
        registry.recognise(memberId, officialOn);
    }

    /** Strike-off (xóa tên): the roll takes the probationary member off from the decision date (no second event). */
    public void strikeOff(UUID memberId, LocalDate decidedOn) {
        registry.strikeOff(memberId, decidedOn);
    }
}
