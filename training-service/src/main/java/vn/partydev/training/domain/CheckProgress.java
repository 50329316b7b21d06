package vn.partydev.training.domain;

import java.time.LocalDate;
import vn.partydev.platform.problem.Conflict;

/**
 * The awareness check's state machine for one trainee: an attempt is allowed before the first examination or once
 * the essay written after a failure has been accepted; a pass ends it. Steps must keep their dates in order, and a
 * re-examination is at a later round (a later date) than the failed attempt.
 *
 * @param state         where the trainee stands
 * @param attempts      attempts recorded so far
 * @param lastCheckedOn date of the last attempt, or null
 * @param lastStepOn    date of the last step of any kind (attempt, essay submitted, essay reviewed), or null
 */
public record CheckProgress(CheckState state, int attempts, LocalDate lastCheckedOn, LocalDate lastStepOn) {

    public static final String ESSAY_NOT_ACCEPTED = "ESSAY_NOT_ACCEPTED";
    public static final String ALREADY_PASSED = "CHECK_ALREADY_PASSED";
    public static final String NO_ESSAY_DUE = "NO_ESSAY_DUE";
    public static final String NO_ESSAY_SUBMITTED = "NO_ESSAY_SUBMITTED";
    public static final String STEP_OUT_OF_ORDER = "STEP_OUT_OF_ORDER";

    public static CheckProgress start() {
        return new CheckProgress(CheckState.NOT_EXAMINED, 0, null, null);
    }

    /** The number the next attempt gets. */
    public int nextAttempt() {
        return attempts + 1;
    }

    public CheckProgress recordAttempt(LocalDate checkedOn, boolean passed) {
        switch (state) {
            case PASSED -> throw new Conflict(ALREADY_PASSED,
                    "the trainee already passed the awareness check on " + lastCheckedOn + "; no further attempt is recorded");
            case ESSAY_DUE -> throw new Conflict(ESSAY_NOT_ACCEPTED,
                    "attempt " + attempts + " failed on " + lastCheckedOn
                            + "; an essay (bài thu hoạch) must be submitted and accepted before attempt " + nextAttempt());
            case ESSAY_SUBMITTED -> throw new Conflict(ESSAY_NOT_ACCEPTED,
                    "the essay submitted on " + lastStepOn + " has not been accepted yet; attempt " + nextAttempt()
                            + " must wait for its acceptance");
            default -> { }
        }
        if (lastCheckedOn != null && !checkedOn.isAfter(lastCheckedOn)) {
            throw new Conflict(STEP_OUT_OF_ORDER, "a re-examination is held at a later round: attempt " + nextAttempt()
                    + " on " + checkedOn + " is not after attempt " + attempts + " on " + lastCheckedOn);
        }
        requireNotBefore(checkedOn, "attempt " + nextAttempt());
        return new CheckProgress(passed ? CheckState.PASSED : CheckState.ESSAY_DUE, nextAttempt(), checkedOn, checkedOn);
    }

    public CheckProgress submitEssay(LocalDate submittedOn) {
        if (state != CheckState.ESSAY_DUE) {
            throw new Conflict(NO_ESSAY_DUE, "no essay is due: an essay follows a failed attempt, and the trainee's check is "
                    + state);
        }
        requireNotBefore(submittedOn, "the essay");
        return new CheckProgress(CheckState.ESSAY_SUBMITTED, attempts, lastCheckedOn, submittedOn);
    }

    public CheckProgress reviewEssay(LocalDate reviewedOn, boolean accepted) {
        if (state != CheckState.ESSAY_SUBMITTED) {
            throw new Conflict(NO_ESSAY_SUBMITTED, "no essay awaits review: the trainee's check is " + state);
        }
        requireNotBefore(reviewedOn, "the essay review");
        return new CheckProgress(accepted ? CheckState.READY_FOR_REEXAMINATION : CheckState.ESSAY_DUE,
                attempts, lastCheckedOn, reviewedOn);
    }

    public boolean passed() {
        return state == CheckState.PASSED;
    }

    private void requireNotBefore(LocalDate date, String what) {
        if (lastStepOn != null && date.isBefore(lastStepOn)) {
            throw new Conflict(STEP_OUT_OF_ORDER, what + " on " + date + " is dated before the previous step on " + lastStepOn);
        }
    }
}
