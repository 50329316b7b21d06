package vn.partydev.candidate.domain;

import vn.partydev.platform.codes.Gender;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The structure of a citizen id (số định danh cá nhân, CCCD): 3 digits of the province of birth registration,
 * 1 digit for century and gender, the last 2 digits of the birth year, then 6 random digits.
 * The century/gender digit is 0/1 for the 1900s (male/female), 2/3 for the 2000s, 4/5 for the 2100s,
 * 6/7 for the 2200s and 8/9 for the 1800s.
 */
public final class CitizenId {

    public static final int LENGTH = 12;
    private static final int FIRST_YEAR = 1800;
    private static final int LAST_YEAR = 2299;

    private CitizenId() {
    }

    /** What is wrong with the form of {@code id} on its own, or empty when it is 12 ASCII digits with a known province. */
    public static Optional<String> formatProblem(String id) {
        if (id == null) {
            return Optional.of("is required");
        }
        if (id.length() != LENGTH || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("must be exactly 12 ASCII digits (0-9)");
        }
        String province = id.substring(0, 3);
        if (!ProvinceCodes.isKnown(province)) {
            return Optional.of("starts with " + province + ", which is not a province code");
        }
        return Optional.empty();
    }

    /**
     * What is inconsistent between a well-formed {@code id} and the person's birth date and gender, or empty.
     * Call only after {@link #formatProblem(String)} found nothing.
     */
    public static Optional<String> consistencyProblem(String id, LocalDate birthDate, Gender gender) {
        int centuryDigit = id.charAt(3) - '0';
        if (birthDate.getYear() < FIRST_YEAR || birthDate.getYear() > LAST_YEAR) {
            return Optional.of("cannot encode the birth year " + birthDate.getYear());
        }
        int expected = centuryGenderDigit(birthDate.getYear(), gender);
        if (centuryDigit != expected) {
            return Optional.of("has " + centuryDigit + " as its 4th digit, but a " + describe(gender) + " born in "
                    + birthDate.getYear() + " has " + expected);
        }
        String yearDigits = id.substring(4, 6);
        String expectedYear = String.format("%02d", birthDate.getYear() % 100);
        if (!yearDigits.equals(expectedYear)) {
            return Optional.of("has " + yearDigits + " as its 5th and 6th digits, but the birth year "
                    + birthDate.getYear() + " needs " + expectedYear);
        }
        return Optional.empty();
    }

    /** The 4th digit for a person born in {@code year} of {@code gender}. */
    public static int centuryGenderDigit(int year, Gender gender) {
        int century = Math.floorDiv(year, 100);
        int base = switch (century) {
            case 19 -> 0;
            case 20 -> 2;
            case 21 -> 4;
            case 22 -> 6;
            case 18 -> 8;
            default -> throw new IllegalArgumentException("no citizen id century digit for the year " + year);
        };
        return gender == Gender.FEMALE ? base + 1 : base;
    }

    private static String describe(Gender gender) {
        return gender == Gender.FEMALE ? "woman" : "man";
    }
}
