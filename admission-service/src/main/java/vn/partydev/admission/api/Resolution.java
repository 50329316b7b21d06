package vn.partydev.admission.api;

/** The resolution a meeting recorded; it must agree with the counts (R-VOTE-1, R-VOTE-2). */
public enum Resolution {
    ADOPTED, REJECTED
}
