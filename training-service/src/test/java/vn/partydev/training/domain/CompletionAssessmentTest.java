package vn.partydev.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.partydev.training.domain.CompletionAssessment.Reason;

class CompletionAssessmentTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 6);

    @Test
    void enoughAttendanceAndAPassCertify() {
        assertEquals(List.of(), CompletionAssessment.reasonsAgainst(8, 10, 80, true, CheckProgress.start().recordAttempt(DAY, true)));
    }

    @Test
    void withoutTheCheckAttendanceAloneCertifies() {
        assertEquals(List.of(), CompletionAssessment.reasonsAgainst(8, 10, 80, false, CheckProgress.start()));
    }

    @Test
    void everyReasonIsListed() {
        List<Reason> reasons = CompletionAssessment.reasonsAgainst(79, 100, 80, true, CheckProgress.start().recordAttempt(DAY, false));
        assertEquals(List.of(
                new Reason("R-TRAIN-2", "attended 79 of 100 planned sessions (79 %); 80 % is required, that is 80 sessions"),
                new Reason("CHECK_NOT_PASSED", "the class requires the awareness check and attempt 1 on 2026-03-06 failed with no pass since")),
                reasons);
    }

    @Test
    void anUnexaminedTraineeIsNotCertifiedWhereTheCheckIsRequired() {
        assertEquals(List.of(new Reason("CHECK_NOT_PASSED", "the class requires the awareness check and the trainee was not examined")),
                CompletionAssessment.reasonsAgainst(10, 10, 80, true, CheckProgress.start()));
    }
}
