package vn.partydev.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KnownPersonTest {

    private final UUID cell = UUID.randomUUID();

    @Test
    void aRemovalReadBeforeAnEarlierListingKeepsThePersonOffTheList() {
        KnownPerson person = KnownPerson.blank(UUID.randomUUID());
        person.removedFromList(cell, LocalDate.of(2026, 5, 1));
        person.listedBy(cell, LocalDate.of(2026, 1, 10));
        assertFalse(person.listedCandidate());
    }

    @Test
    void aLaterListingPutsThePersonBackOnTheList() {
        KnownPerson person = KnownPerson.blank(UUID.randomUUID());
        person.listedBy(cell, LocalDate.of(2026, 1, 10));
        person.removedFromList(cell, LocalDate.of(2026, 5, 1));
        person.listedBy(cell, LocalDate.of(2026, 9, 1));
        assertTrue(person.listedCandidate());
    }

    @Test
    void aRecognitionReadBeforeTheAdmissionStaysOfficial() {
        KnownPerson person = KnownPerson.blank(UUID.randomUUID());
        person.standing(MembershipStanding.OFFICIAL, cell, LocalDate.of(2027, 3, 1));
        person.standing(MembershipStanding.PROBATIONARY, cell, LocalDate.of(2026, 3, 1));
        assertEquals(MembershipStanding.OFFICIAL, person.memberStatus);
        assertFalse(person.probationaryMember());
    }

    @Test
    void anAdmittedMemberIsProbationary() {
        KnownPerson person = KnownPerson.blank(UUID.randomUUID());
        person.standing(MembershipStanding.PROBATIONARY, cell, LocalDate.of(2026, 3, 1));
        assertTrue(person.probationaryMember());
        assertEquals(cell, person.cellFor(TraineeKind.PROBATIONARY_MEMBER));
    }
}
