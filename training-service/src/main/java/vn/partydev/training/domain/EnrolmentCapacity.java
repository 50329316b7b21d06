package vn.partydev.training.domain;

import vn.partydev.platform.problem.RuleViolation;

/** R-TRAIN-1: a class takes no more trainees than its capacity (withdrawn trainees free their place). */
public final class EnrolmentCapacity {

    public static final String RULE = "R-TRAIN-1";

    private EnrolmentCapacity() {
    }

    /** Throws when a class holding {@code activeTrainees} cannot take one more. */
    public static void requirePlace(int capacity, long activeTrainees) {
        if (activeTrainees >= capacity) {
            throw new RuleViolation(RULE, "the class is full: its capacity is %d and %d trainees are enrolled"
                    .formatted(capacity, activeTrainees)).in("full", capacity, activeTrainees);
        }
    }
}
