package vn.partydev.candidate.domain;

import vn.partydev.platform.rules.RuleSet;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/** A person may be nominated from the age the rule set names (15 years: students from grade 10), in completed years. */
public final class NominationAge {

    private NominationAge() {
    }

    public static int completedYears(LocalDate birthDate, LocalDate on) {
        return Period.between(birthDate, on).getYears();
    }

    /** Why a person born on {@code birthDate} cannot be nominated on {@code nominatedOn}, or empty. */
    public static Optional<String> problem(LocalDate birthDate, LocalDate nominatedOn, RuleSet rules) {
        int minimum = rules.minimumNominationAgeYears();
        if (!nominatedOn.isAfter(birthDate)) {
            return Optional.of("the nomination date " + nominatedOn + " must be after the birth date " + birthDate);
        }
        int years = completedYears(birthDate, nominatedOn);
        if (years < minimum) {
            return Optional.of("the person is " + years + " on the nomination date " + nominatedOn + "; the minimum is "
                    + minimum + " years (reached on " + birthDate.plusYears(minimum) + ", rule set " + rules.id() + ")");
        }
        return Optional.empty();
    }
}
