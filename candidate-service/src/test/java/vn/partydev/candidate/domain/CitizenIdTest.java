package vn.partydev.candidate.domain;

import org.junit.jupiter.api.Test;
import vn.partydev.platform.codes.Gender;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CitizenIdTest {

    private static final LocalDate BORN_2004 = LocalDate.of(2004, 5, 17);
    private static final LocalDate BORN_1985 = LocalDate.of(1985, 1, 2);

    @Test
    void acceptsTwelveDigitsWithAProvinceCode() {
        assertTrue(CitizenId.formatProblem("001304012345").isEmpty());
        assertTrue(CitizenId.formatProblem("079085000001").isEmpty());
        assertTrue(CitizenId.formatProblem("096204999999").isEmpty());
    }

    @Test
    void rejectsElevenDigits() {
        assertEquals("must be exactly 12 ASCII digits (0-9)", CitizenId.formatProblem("00130401234").orElseThrow());
    }

    @Test
    void rejectsThirteenDigits() {
        assertEquals("must be exactly 12 ASCII digits (0-9)", CitizenId.formatProblem("0013040123456").orElseThrow());
    }

    @Test
    void rejectsFullWidthDigits() {
        assertEquals("must be exactly 12 ASCII digits (0-9)", CitizenId.formatProblem("００１３０４０１２３４５").orElseThrow());
    }

    @Test
    void rejectsArabicIndicDigitsThatJavaCallsDigits() {
        assertTrue(Character.isDigit('٣'));
        assertTrue(CitizenId.formatProblem("00130401234٣").isPresent());
    }

    @Test
    void rejectsANulCharacter() {
        assertTrue(CitizenId.formatProblem("00130401234\u0000").isPresent());
    }

    @Test
    void rejectsAnUnknownProvinceCode() {
        assertEquals("starts with 003, which is not a province code", CitizenId.formatProblem("003304012345").orElseThrow());
        assertEquals("starts with 097, which is not a province code", CitizenId.formatProblem("097304012345").orElseThrow());
        assertEquals("starts with 000, which is not a province code", CitizenId.formatProblem("000304012345").orElseThrow());
    }

    @Test
    void knowsTheSixtyThreeProvinces() {
        assertEquals(63, ProvinceCodes.count());
        assertEquals("Hà Nội", ProvinceCodes.provinceName("001").orElseThrow());
        assertEquals("Thành phố Hồ Chí Minh", ProvinceCodes.provinceName("079").orElseThrow());
    }

    @Test
    void womanBornIn2004HasThreeAndZeroFour() {
        assertTrue(CitizenId.consistencyProblem("001304012345", BORN_2004, Gender.FEMALE).isEmpty());
    }

    @Test
    void manBornIn1985HasZeroAndEightyFive() {
        assertTrue(CitizenId.consistencyProblem("001085012345", BORN_1985, Gender.MALE).isEmpty());
    }

    @Test
    void rejectsTheMaleDigitForAWoman() {
        assertEquals("has 2 as its 4th digit, but a woman born in 2004 has 3",
                CitizenId.consistencyProblem("001204012345", BORN_2004, Gender.FEMALE).orElseThrow());
    }

    @Test
    void rejectsTheTwentiethCenturyDigitForSomeoneBornIn2004() {
        assertEquals("has 1 as its 4th digit, but a woman born in 2004 has 3",
                CitizenId.consistencyProblem("001104012345", BORN_2004, Gender.FEMALE).orElseThrow());
    }

    @Test
    void rejectsAnotherBirthYear() {
        assertEquals("has 05 as its 5th and 6th digits, but the birth year 2004 needs 04",
                CitizenId.consistencyProblem("001305012345", BORN_2004, Gender.FEMALE).orElseThrow());
    }

    @Test
    void centuryDigitsFollowTheScheme() {
        assertEquals(0, CitizenId.centuryGenderDigit(1999, Gender.MALE));
        assertEquals(1, CitizenId.centuryGenderDigit(1900, Gender.FEMALE));
        assertEquals(2, CitizenId.centuryGenderDigit(2000, Gender.MALE));
        assertEquals(3, CitizenId.centuryGenderDigit(2099, Gender.FEMALE));
        assertEquals(4, CitizenId.centuryGenderDigit(2100, Gender.MALE));
        assertEquals(8, CitizenId.centuryGenderDigit(1899, Gender.MALE));
    }
}
