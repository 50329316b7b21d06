package vn.partydev.admission.domain;

/** Which body voted on what. */
public enum VoteKind {
    CELL, COMMITTEE, RECOGNITION
}
