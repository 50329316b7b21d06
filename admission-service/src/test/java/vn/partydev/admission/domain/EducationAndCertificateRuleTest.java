package vn.partydev.admission.domain;

import org.junit.jupiter.api.Test;
import vn.partydev.platform.codes.GeneralEducation;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EducationAndCertificateRuleTest {

    @Test
    void lowerSecondaryIsEnoughAnywhere() {
        assertTrue(EligibilityRules.education(GeneralEducation.LOWER_SECONDARY, false, false).isEmpty());
    }

    @Test
    void primaryOnlyInADisadvantagedArea() {
        assertTrue(EligibilityRules.education(GeneralEducation.PRIMARY, true, false).isEmpty());
        assertEquals("R-EDU-1", EligibilityRules.education(GeneralEducation.PRIMARY, false, false).orElseThrow().rule());
    }

    @Test
    void literacyOnlyInADisadvantagedAreaWithConsent() {
        assertTrue(EligibilityRules.education(GeneralEducation.LITERATE, true, true).isEmpty());
        assertEquals("R-EDU-1", EligibilityRules.education(GeneralEducation.LITERATE, true, false).orElseThrow().rule());
        assertEquals("R-EDU-1", EligibilityRules.education(GeneralEducation.LITERATE, false, true).orElseThrow().rule());
    }

    @Test
    void certificateValidOnItsLastDayAndExpiredTheDayAfter() {
        LocalDate validUntil = LocalDate.of(2026, 5, 31);
        assertTrue(EligibilityRules.certificate("R-CERT-1", "awareness", validUntil, validUntil).isEmpty());
        var breach = EligibilityRules.certificate("R-CERT-1", "awareness", validUntil, validUntil.plusDays(1)).orElseThrow();
        assertEquals("R-CERT-1", breach.rule());
        assertTrue(breach.detail().contains("2026-05-31"), breach.detail());
    }
}
