package vn.partydev.platform.events;

import vn.partydev.platform.codes.EthnicGroup;
import vn.partydev.platform.codes.Gender;
import vn.partydev.platform.codes.GeneralEducation;
import vn.partydev.platform.codes.Occupation;
import vn.partydev.platform.codes.ProfessionalLevel;
import vn.partydev.platform.codes.Religion;

import java.time.LocalDate;

/**
 * The demographic categories of a person that rules (age, education) and statistics (breakdowns) need:
 * codes and the birth date, never a name or a citizen id.
 */
public record Demographics(
        Gender gender,
        LocalDate birthDate,
        EthnicGroup ethnicGroup,
        Religion religion,
        GeneralEducation generalEducation,
        ProfessionalLevel professionalLevel,
        Occupation occupation,
        boolean youthUnionMember,
        boolean tradeUnionMember) {
}
