package vn.partydev.admission.domain;

import vn.partydev.platform.rules.Fraction;

/**
 * R-VOTE-1 / R-VOTE-2: a resolution passes with {@code yes ≥ ⌈threshold × electorate⌉}; a recognition vote is
 * conclusive either way when yes or no reaches that number (R-VOTE-3 counts the votes that reach neither).
 */
public final class VoteThreshold {

    private VoteThreshold() {
    }

    public static int yesNeeded(int electorate, Fraction threshold) {
        return threshold.ceilingOf(electorate);
    }

    public static boolean passes(int yes, int electorate, Fraction threshold) {
        return electorate > 0 && yes >= yesNeeded(electorate, threshold);
    }

    /** R-VOTE-1: eligible = official members of the cell, minus those temporarily away, minus exempted members absent. */
    public static int eligible(int officialMembers, int temporarilyAway, int exemptedAbsent) {
        return officialMembers - temporarilyAway - exemptedAbsent;
    }
}
