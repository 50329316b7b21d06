package vn.partydev.training.domain;

/** Where a trainee stands with the awareness check (kiểm tra nhận thức). */
public enum CheckState {
    /** No attempt yet. */
    NOT_EXAMINED,
    /** The last attempt passed: no further attempt is recorded. */
    PASSED,
    /** The last attempt failed and no essay (bài thu hoạch) has been accepted since: one is due. */
    ESSAY_DUE,
    /** An essay was submitted and awaits its review. */
    ESSAY_SUBMITTED,
    /** The essay was accepted: the trainee may be re-examined at a later round. */
    READY_FOR_REEXAMINATION
}
