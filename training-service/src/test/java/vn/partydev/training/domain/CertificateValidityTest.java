package vn.partydev.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.partydev.platform.codes.TrainingKind;
import vn.partydev.platform.rules.RuleSets;

class CertificateValidityTest {

    @Test
    void anAwarenessCertificateIsValidExactlySixtyMonths() {
        assertEquals(LocalDate.of(2031, 2, 28),
                CertificateValidity.validUntil(TrainingKind.AWARENESS, LocalDate.of(2026, 2, 28), RuleSets.defaultSet()));
        assertEquals(LocalDate.of(2031, 3, 6),
                CertificateValidity.validUntil(TrainingKind.AWARENESS, LocalDate.of(2026, 3, 6), RuleSets.defaultSet()));
    }

    @Test
    void fromTwentyNinthFebruaryItEndsOnTheLastDayOfFebruary() {
        assertEquals(LocalDate.of(2029, 2, 28),
                CertificateValidity.validUntil(TrainingKind.AWARENESS, LocalDate.of(2024, 2, 29), RuleSets.defaultSet()));
    }

    @Test
    void itCountsOnItsLastDayAndNotTheDayAfter() {
        LocalDate validUntil = LocalDate.of(2031, 2, 28);
        assertTrue(CertificateValidity.validOn(validUntil, validUntil));
        assertFalse(CertificateValidity.validOn(validUntil, validUntil.plusDays(1)));
    }

    @Test
    void aNewMemberTheoryCertificateDoesNotExpire() {
        assertNull(CertificateValidity.validUntil(TrainingKind.NEW_MEMBER_THEORY, LocalDate.of(2026, 2, 28), RuleSets.defaultSet()));
        assertTrue(CertificateValidity.validOn(null, LocalDate.of(2099, 1, 1)));
    }
}
