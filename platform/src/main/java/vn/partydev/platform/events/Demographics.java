package vn.partydev.platform.events;

import vn.partydev.platform.codes.EthnicGroup;
import vn.partydev.platform.codes.Gender;
import vn.partydev.platform.codes.GeneralEducation;
import vn.partydev.platform.codes.Occupation;
import vn.partydev.platform.codes.ProfessionalLevel;
import vn.partydev.platform.codes.Religion;

import java.time.LocalDate;
import java.time.Period;

/**
 * The demographic categories of a person (thành phần) that statistics (breakdowns) need: codes and the age in
 * completed years on the event's business date — never the date of birth (a quasi-identifier next to the person id),
 * a name or a citizen id. Each event that carries them names the date the age is taken on (the nomination date, the
 * day of entry, the ceremony…); a rule that needs the exact age (R-AGE-1 counts completed months) is checked by the
 * service that holds the date of birth in its own database.
 *
 * @param ageOnEventDate completed years of age on the event's business date
 */
public record Demographics(
        Gender gender,
        int ageOnEventDate,
        EthnicGroup ethnicGroup,
        Religion religion,
        GeneralEducation generalEducation,
        ProfessionalLevel professionalLevel,
        Occupation occupation,
        boolean youthUnionMember,
        boolean tradeUnionMember) {

    /** Completed years from {@code birthDate} to {@code on}: born 2007-03-15 is 17 on 2025-03-14, 18 the next day. */
    public static int completedYears(LocalDate birthDate, LocalDate on) {
        return Period.between(birthDate, on).getYears();
    }
}
