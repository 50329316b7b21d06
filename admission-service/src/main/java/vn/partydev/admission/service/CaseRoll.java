package vn.partydev.admission.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.partydev.admission.domain.AdmissionCase;
import vn.partydev.admission.domain.CandidateKnowledge;
import vn.partydev.platform.codes.MemberStatus;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the procedure asks of the member roll (owned by the roll's use cases: {@link MemberRoll}, {@link MemberRegistry}):
 * who is official in a cell on a date, where a member was, and the roll changes that admission and recognition make.
 */
@ApplicationScoped
public class CaseRoll {

    @Inject
    MemberRoll roll;
    @Inject
    MemberRegistry registry;

    public int officialMemberCount(UUID cellId, LocalDate on) {
        return (int) roll.officialMemberCount(cellId, on);
    }

    /** Official on the date, in a cell of the given grassroots organisation. */
    public boolean officialIn(UUID memberId, UUID grassrootsId, LocalDate on) {
        return roll.memberOn(memberId, on)
                .filter(member -> member.status() == MemberStatus.OFFICIAL)
                .filter(member -> grassrootsId.equals(roll.grassrootsOrganisationOf(member.cellId())))
                .isPresent();
    }

    /** Official on the date in exactly this cell. */
    public boolean officialInCell(UUID memberId, UUID cellId, LocalDate on) {
        return roll.memberOn(memberId, on)
                .filter(member -> member.status() == MemberStatus.OFFICIAL && cellId.equals(member.cellId()))
                .isPresent();
    }

    /** On the roll (any status) in a cell of the given grassroots organisation on the date. */
    public boolean memberIn(UUID memberId, UUID grassrootsId, LocalDate on) {
        return roll.memberOn(memberId, on)
                .filter(member -> grassrootsId.equals(roll.grassrootsOrganisationOf(member.cellId())))
                .isPresent();
    }

    public boolean partyMember(UUID memberId, LocalDate on) {
        return roll.memberOn(memberId, on).isPresent();
    }

    public UUID grassrootsOrganisationOf(UUID cellId) {
        return roll.grassrootsOrganisationOf(cellId);
    }

    /** The ceremony puts the person on the roll as a probationary member; the member keeps the candidate id. */
    public UUID admitProbationary(AdmissionCase admissionCase, CandidateKnowledge person) {
        return registry.registerAdmitted(admissionCase.candidateId, admissionCase.cellId, admissionCase.residentialAreaId,
                admissionCase.ceremonyOn, person.demographics());
    }

    public void recogniseOfficial(UUID memberId, LocalDate officialOn) {
        registry.recognise(memberId, officialOn);
    }

    public void strikeOff(UUID memberId, LocalDate decidedOn) {
        registry.strikeOff(memberId, decidedOn);
    }
}
