package vn.partydev.candidate.domain;

import org.junit.jupiter.api.Test;
import vn.partydev.candidate.domain.CandidateStatus.CaseOutcome;
import vn.partydev.candidate.domain.CandidateStatus.CaseTrace;
import vn.partydev.candidate.domain.CandidateStatus.PipelineFacts;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CandidateStatusTest {

    private static final CaseTrace OPEN = new CaseTrace(null, null);

    @Test
    void followsThePipeline() {
        assertEquals(CandidateStatus.NOMINATED, derive(false, false, false, false));
        assertEquals(CandidateStatus.LISTED, derive(true, false, false, false));
        assertEquals(CandidateStatus.IN_TRAINING, derive(true, true, false, false));
        assertEquals(CandidateStatus.CERTIFIED, derive(true, true, true, false));
        assertEquals(CandidateStatus.IN_ADMISSION, derive(true, true, true, false, OPEN));
        assertEquals(CandidateStatus.ADMITTED, derive(true, true, true, false, ended(CaseOutcome.ADMITTED, 1)));
    }

    @Test
    void aCertificateBeforeTheEnrolmentStillMeansCertified() {
        assertEquals(CandidateStatus.CERTIFIED, derive(true, false, true, false));
    }

    @Test
    void anOutcomeBeforeTheOpeningClosesTheCase() {
        assertEquals(CandidateStatus.REJECTED, derive(true, true, true, false, ended(CaseOutcome.REJECTED, 5)));
    }

    @Test
    void aWithdrawnCaseReturnsTheCandidateToTheList() {
        assertEquals(CandidateStatus.CERTIFIED, derive(true, true, true, false, ended(CaseOutcome.WITHDRAWN, 5)));
    }

    @Test
    void aNewCaseAfterARejectionIsInAdmission() {
        assertEquals(CandidateStatus.IN_ADMISSION, derive(true, true, true, false, ended(CaseOutcome.REJECTED, 5), OPEN));
    }

    @Test
    void theLatestEndedCaseDecides() {
        assertEquals(CandidateStatus.CERTIFIED, derive(true, true, true, false,
                ended(CaseOutcome.REJECTED, 5), ended(CaseOutcome.WITHDRAWN, 9)));
        assertEquals(CandidateStatus.REJECTED, derive(true, true, true, false,
                ended(CaseOutcome.WITHDRAWN, 5), ended(CaseOutcome.REJECTED, 9)));
    }

    @Test
    void removalEndsTheCandidacyButNotAnAdmission() {
        assertEquals(CandidateStatus.REMOVED, derive(true, true, false, true));
        assertEquals(CandidateStatus.ADMITTED, derive(true, true, true, true, ended(CaseOutcome.ADMITTED, 1)));
    }

    @Test
    void onlyRemovedAndRejectedAreInactive() {
        for (CandidateStatus status : CandidateStatus.values()) {
            assertEquals(status != CandidateStatus.REMOVED && status != CandidateStatus.REJECTED, status.isActive(), status.name());
        }
    }

    private static CaseTrace ended(CaseOutcome outcome, int day) {
        return new CaseTrace(outcome, LocalDate.of(2026, 1, day));
    }

    private static CandidateStatus derive(boolean listed, boolean enrolled, boolean certified, boolean removed, CaseTrace... cases) {
        return CandidateStatus.derive(new PipelineFacts(listed, enrolled, certified, removed, List.of(cases)));
    }
}
