package vn.partydev.training.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vn.partydev.platform.problem.RuleViolation;

class EnrolmentCapacityTest {

    @Test
    void theLastPlaceCanBeTaken() {
        assertDoesNotThrow(() -> EnrolmentCapacity.requirePlace(60, 59));
    }

    @Test
    void aFullClassRefusesWithRTrain1() {
        RuleViolation violation = assertThrows(RuleViolation.class, () -> EnrolmentCapacity.requirePlace(60, 60));
        assertEquals("R-TRAIN-1", violation.code());
        assertEquals("the class is full: its capacity is 60 and 60 trainees are enrolled", violation.getMessage());
    }
}
