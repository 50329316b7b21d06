package vn.partydev.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.partydev.platform.problem.Conflict;

class CheckProgressTest {

    private static final LocalDate MARCH_6 = LocalDate.of(2026, 3, 6);

    @Test
    void aFirstPassEndsTheCheck() {
        CheckProgress passed = CheckProgress.start().recordAttempt(MARCH_6, true);
        assertEquals(CheckState.PASSED, passed.state());
        assertEquals(1, passed.attempts());
        Conflict again = assertThrows(Conflict.class, () -> passed.recordAttempt(MARCH_6.plusDays(7), true));
        assertEquals(CheckProgress.ALREADY_PASSED, again.code());
    }

    @Test
    void aSecondAttemptRightAfterAFailureIsRefused() {
        CheckProgress failed = CheckProgress.start().recordAttempt(MARCH_6, false);
        assertEquals(CheckState.ESSAY_DUE, failed.state());
        Conflict refused = assertThrows(Conflict.class, () -> failed.recordAttempt(MARCH_6.plusDays(14), true));
        assertEquals(CheckProgress.ESSAY_NOT_ACCEPTED, refused.code());
        assertEquals("attempt 1 failed on 2026-03-06; an essay (bài thu hoạch) must be submitted and accepted before attempt 2",
                refused.getMessage());
    }

    @Test
    void aSubmittedButUnreviewedEssayIsNotEnough() {
        CheckProgress submitted = CheckProgress.start().recordAttempt(MARCH_6, false).submitEssay(MARCH_6.plusDays(3));
        Conflict refused = assertThrows(Conflict.class, () -> submitted.recordAttempt(MARCH_6.plusDays(14), true));
        assertEquals(CheckProgress.ESSAY_NOT_ACCEPTED, refused.code());
    }

    @Test
    void aRejectedEssayMakesANewOneDue() {
        CheckProgress rejected = CheckProgress.start().recordAttempt(MARCH_6, false)
                .submitEssay(MARCH_6.plusDays(3)).reviewEssay(MARCH_6.plusDays(4), false);
        assertEquals(CheckState.ESSAY_DUE, rejected.state());
        assertThrows(Conflict.class, () -> rejected.recordAttempt(MARCH_6.plusDays(14), true));
        CheckProgress resubmitted = rejected.submitEssay(MARCH_6.plusDays(5)).reviewEssay(MARCH_6.plusDays(6), true);
        assertEquals(CheckState.READY_FOR_REEXAMINATION, resubmitted.state());
    }

    @Test
    void failEssayAcceptedThenPassAtALaterRound() {
        CheckProgress passed = CheckProgress.start().recordAttempt(MARCH_6, false)
                .submitEssay(MARCH_6.plusDays(3))
                .reviewEssay(MARCH_6.plusDays(4), true)
                .recordAttempt(MARCH_6.plusDays(14), true);
        assertTrue(passed.passed());
        assertEquals(2, passed.attempts());
        assertEquals(MARCH_6.plusDays(14), passed.lastCheckedOn());
    }

    @Test
    void aReExaminationOnTheDayOfTheFailureIsOutOfOrder() {
        CheckProgress ready = CheckProgress.start().recordAttempt(MARCH_6, false)
                .submitEssay(MARCH_6).reviewEssay(MARCH_6, true);
        Conflict refused = assertThrows(Conflict.class, () -> ready.recordAttempt(MARCH_6, true));
        assertEquals(CheckProgress.STEP_OUT_OF_ORDER, refused.code());
        assertEquals(CheckState.PASSED, ready.recordAttempt(MARCH_6.plusDays(1), true).state());
    }

    @Test
    void aReExaminationBeforeTheEssayWasAcceptedIsOutOfOrder() {
        CheckProgress ready = CheckProgress.start().recordAttempt(MARCH_6, false)
                .submitEssay(MARCH_6.plusDays(2)).reviewEssay(MARCH_6.plusDays(5), true);
        Conflict refused = assertThrows(Conflict.class, () -> ready.recordAttempt(MARCH_6.plusDays(4), true));
        assertEquals(CheckProgress.STEP_OUT_OF_ORDER, refused.code());
    }

    @Test
    void anEssayIsOnlyDueAfterAFailure() {
        assertEquals(CheckProgress.NO_ESSAY_DUE,
                assertThrows(Conflict.class, () -> CheckProgress.start().submitEssay(MARCH_6)).code());
        assertEquals(CheckProgress.NO_ESSAY_SUBMITTED,
                assertThrows(Conflict.class, () -> CheckProgress.start().recordAttempt(MARCH_6, false)
                        .reviewEssay(MARCH_6, true)).code());
    }

    @Test
    void anEssayDatedBeforeTheFailedAttemptIsOutOfOrder() {
        CheckProgress failed = CheckProgress.start().recordAttempt(MARCH_6, false);
        assertEquals(CheckProgress.STEP_OUT_OF_ORDER,
                assertThrows(Conflict.class, () -> failed.submitEssay(MARCH_6.minusDays(1))).code());
    }
}
