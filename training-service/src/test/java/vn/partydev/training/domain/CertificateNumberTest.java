package vn.partydev.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CertificateNumberTest {

    @Test
    void issuerYearAndSixDigitSequence() {
        assertEquals("TTCT-Q1/2026/000042", CertificateNumber.of("TTCT-Q1", 2026, 42));
        assertTrue(CertificateNumber.isWellFormed("TTCT-Q1/2026/000042"));
    }

    @Test
    void theIssuerCodeIsMadeSafeForAPath() {
        assertEquals("TTCT-Q1-HCM", CertificateNumber.issuerSegment(" ttct q1/hcm "));
        assertEquals("ORG", CertificateNumber.issuerSegment("đ"));
        assertEquals("ORG", CertificateNumber.issuerSegment(null));
        assertEquals(36, CertificateNumber.issuerSegment("A".repeat(50)).length());
        assertTrue(CertificateNumber.of("A".repeat(50), 2026, 1_000_000).length() <= 50);
    }

    @Test
    void malformedNumbersAreRecognised() {
        assertFalse(CertificateNumber.isWellFormed("TTCT-Q1/26/000042"));
        assertFalse(CertificateNumber.isWellFormed("TTCT Q1/2026/000042"));
    }
}
