package vn.partydev.candidate.service;

import vn.partydev.candidate.api.CandidateChanges;
import vn.partydev.candidate.api.NewCandidateRequest;
import vn.partydev.candidate.api.NominationChanges;
import vn.partydev.candidate.api.NominationDetails;
import vn.partydev.candidate.api.PersonChanges;
import vn.partydev.candidate.api.PersonDetails;
import vn.partydev.candidate.domain.Candidate;
import vn.partydev.candidate.domain.PersonName;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Applies a PATCH to a candidate's current record, giving the whole record to validate. */
final class CandidateMerge {

    private CandidateMerge() {
    }

    static NewCandidateRequest current(Candidate candidate) {
        return new NewCandidateRequest(
                PersonDetails.of(candidate),
                new NominationDetails(candidate.source, candidate.sourceOrganisationName, candidate.nominatedOn, candidate.cellId));
    }

    static NewCandidateRequest merge(NewCandidateRequest current, CandidateChanges changes) {
        PersonDetails person = current.person();
        PersonChanges p = changes.person() == null ? new PersonChanges(null, null, null, null, null, null, null, null,
                null, null, null, null, null, null) : changes.person();
        NominationDetails nomination = current.nomination();
        NominationChanges n = changes.nomination() == null ? new NominationChanges(null, null, null) : changes.nomination();
        return new NewCandidateRequest(
                new PersonDetails(
                        or(p.fullName(), person.fullName()), or(p.birthDate(), person.birthDate()),
                        or(p.gender(), person.gender()), or(p.ethnicGroup(), person.ethnicGroup()),
                        or(p.religion(), person.religion()), or(p.citizenId(), person.citizenId()),
                        or(p.generalEducation(), person.generalEducation()),
                        or(p.professionalLevel(), person.professionalLevel()),
                        or(p.politicalTheoryLevel(), person.politicalTheoryLevel()),
                        or(p.occupation(), person.occupation()), or(p.residentialAreaId(), person.residentialAreaId()),
                        or(p.workplace(), person.workplace()), or(p.youthUnionMember(), person.youthUnionMember()),
                        or(p.tradeUnionMember(), person.tradeUnionMember())),
                new NominationDetails(or(n.source(), nomination.source()),
                        or(n.organisationName(), nomination.organisationName()),
                        or(n.nominatedOn(), nomination.nominatedOn()), nomination.cellId()));
    }

    /** The names of the fields that differ (names only: the values may be personal data). */
    static String changedFields(NewCandidateRequest before, NewCandidateRequest after) {
        List<String> changed = new ArrayList<>();
        PersonDetails a = before.person();
        PersonDetails b = after.person();
        compare(changed, "person.fullName", a, b, person -> PersonName.normalise(person.fullName()));
        compare(changed, "person.birthDate", a, b, PersonDetails::birthDate);
        compare(changed, "person.gender", a, b, PersonDetails::gender);
        compare(changed, "person.ethnicGroup", a, b, PersonDetails::ethnicGroup);
        compare(changed, "person.religion", a, b, PersonDetails::religion);
        compare(changed, "person.citizenId", a, b, PersonDetails::citizenId);
        compare(changed, "person.generalEducation", a, b, PersonDetails::generalEducation);
        compare(changed, "person.professionalLevel", a, b, PersonDetails::professionalLevel);
        compare(changed, "person.politicalTheoryLevel", a, b, PersonDetails::politicalTheoryLevel);
        compare(changed, "person.occupation", a, b, PersonDetails::occupation);
        compare(changed, "person.residentialAreaId", a, b, PersonDetails::residentialAreaId);
        compare(changed, "person.workplace", a, b, person -> person.workplace() == null ? null : person.workplace().strip());
        compare(changed, "person.youthUnionMember", a, b, PersonDetails::youthUnionMember);
        compare(changed, "person.tradeUnionMember", a, b, PersonDetails::tradeUnionMember);
        compare(changed, "nomination.source", before.nomination(), after.nomination(), NominationDetails::source);
        compare(changed, "nomination.organisationName", before.nomination(), after.nomination(),
                nomination -> nomination.organisationName().strip());
        compare(changed, "nomination.nominatedOn", before.nomination(), after.nomination(), NominationDetails::nominatedOn);
        return String.join(", ", changed);
    }

    private static <T> void compare(List<String> changed, String name, T before, T after, Function<T, Object> field) {
        if (!Objects.equals(field.apply(before), field.apply(after))) {
            changed.add(name);
        }
    }

    private static <T> T or(T change, T current) {
        return change != null ? change : current;
    }
}
