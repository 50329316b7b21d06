package vn.partydev.platform.codes;

/** Classes: party awareness for candidates, political theory for new (probationary) members. */
public enum TrainingKind {
    AWARENESS, NEW_MEMBER_THEORY
}
