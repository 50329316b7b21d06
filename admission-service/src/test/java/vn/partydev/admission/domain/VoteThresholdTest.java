package vn.partydev.admission.domain;

import org.junit.jupiter.api.Test;
import vn.partydev.platform.rules.Fraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VoteThresholdTest {

    private final Fraction twoThirds = new Fraction(2, 3);

    @Test
    void fourOfSevenEligibleIsRejected() {
        assertEquals(5, VoteThreshold.yesNeeded(7, twoThirds));
        assertFalse(VoteThreshold.passes(4, 7, twoThirds));
    }

    @Test
    void fiveOfSevenEligiblePasses() {
        assertTrue(VoteThreshold.passes(5, 7, twoThirds));
    }

    @Test
    void exactThirdsNeedNoRounding() {
        assertEquals(2, VoteThreshold.yesNeeded(3, twoThirds));
        assertEquals(6, VoteThreshold.yesNeeded(9, twoThirds));
        assertEquals(7, VoteThreshold.yesNeeded(10, twoThirds));
    }

    @Test
    void eligibleLeavesOutMembersAwayAndExemptedAbsentees() {
        assertEquals(7, VoteThreshold.eligible(9, 1, 1));
    }

    @Test
    void anEmptyElectorateNeverPasses() {
        assertFalse(VoteThreshold.passes(0, 0, twoThirds));
    }
}
