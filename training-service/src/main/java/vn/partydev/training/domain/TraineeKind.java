package vn.partydev.training.domain;

import vn.partydev.platform.codes.TrainingKind;

/** Who a trainee is: a listed candidate (awareness classes) or a probationary member (new-member theory classes). */
public enum TraineeKind {
    CANDIDATE, PROBATIONARY_MEMBER;

    /** The trainees a class of {@code kind} is for. */
    public static TraineeKind forClass(TrainingKind kind) {
        return kind == TrainingKind.AWARENESS ? CANDIDATE : PROBATIONARY_MEMBER;
    }
}
