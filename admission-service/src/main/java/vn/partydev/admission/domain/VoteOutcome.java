package vn.partydev.admission.domain;

/** A resolution adopted or rejected; a recognition vote that reaches two thirds neither way is inconclusive (R-VOTE-3). */
public enum VoteOutcome {
    ADOPTED, REJECTED, INCONCLUSIVE
}
