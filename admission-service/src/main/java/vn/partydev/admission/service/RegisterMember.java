package vn.partydev.admission.service;

import vn.partydev.platform.codes.EthnicGroup;
import vn.partydev.platform.codes.Gender;
import vn.partydev.platform.codes.GeneralEducation;
import vn.partydev.platform.codes.MemberStatus;
import vn.partydev.platform.codes.Occupation;
import vn.partydev.platform.codes.ProfessionalLevel;
import vn.partydev.platform.codes.Religion;
import vn.partydev.platform.person.PersonCategories;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Put a member on the roll. {@code id} may be given (members admitted through the pipeline keep their candidate id);
 * null draws a new one. {@code fullName} and {@code citizenId} may be null for members admitted from events, which
 * carry no personal data.
 */
public record RegisterMember(
        UUID id,
        String fullName,
        String citizenId,
        LocalDate birthDate,
        Gender gender,
        EthnicGroup ethnicGroup,
        Religion religion,
        GeneralEducation generalEducation,
        ProfessionalLevel professionalLevel,
        Occupation occupation,
        boolean youthUnionMember,
        boolean tradeUnionMember,
        UUID cellId,
        UUID residentialAreaId,
        MemberStatus status,
        LocalDate entryDate,
        LocalDate officialDate) {

    /** The person categories the member's row keeps, with the birth date (the roll's own record). */
    public PersonCategories categories() {
        return PersonCategories.of(gender, birthDate, ethnicGroup, religion, generalEducation, professionalLevel,
                occupation, youthUnionMember, tradeUnionMember);
    }
}
