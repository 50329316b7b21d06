package vn.partydev.candidate.domain;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonNameTest {

    @Test
    void acceptsVietnameseNames() {
        assertTrue(PersonName.problem("Nguyễn Thị Minh Khai").isEmpty());
        assertTrue(PersonName.problem("Đặng Văn Ngữ").isEmpty());
        assertTrue(PersonName.problem("Hoàng Thị Ơ Đu").isEmpty());
        assertTrue(PersonName.problem("Y Ngông Niê Kđăm").isEmpty());
        assertTrue(PersonName.problem("H'Hen Niê").isEmpty());
    }

    @Test
    void normalisesDecomposedInputToTheComposedForm() {
        String composed = "Nguyễn Thị Ánh";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertNotEquals(composed, decomposed);
        assertEquals(composed, PersonName.normalise(decomposed));
        assertTrue(PersonName.problem(decomposed).isEmpty());
    }

    @Test
    void trimsAndCollapsesSpaces() {
        assertEquals("Lê Văn Tám", PersonName.normalise("  Lê   Văn\tTám  "));
    }

    @Test
    void acceptsTwoLetters() {
        assertTrue(PersonName.problem("Ơn").isEmpty());
    }

    @Test
    void rejectsOneLetter() {
        assertEquals("must be 2 to 100 characters, has 1", PersonName.problem(" A ").orElseThrow());
    }

    @Test
    void acceptsAHundredCharacters() {
        assertTrue(PersonName.problem("Ă".repeat(100)).isEmpty());
    }

    @Test
    void rejectsAHundredAndOneCharacters() {
        assertEquals("must be 2 to 100 characters, has 101", PersonName.problem("Ă".repeat(101)).orElseThrow());
    }

    @Test
    void rejectsTenThousandCharacters() {
        assertEquals("must be at most 100 characters", PersonName.problem("a".repeat(10_000)).orElseThrow());
    }

    @Test
    void rejectsANulCharacter() {
        assertEquals("may contain only letters, spaces and apostrophes, not U+0000", PersonName.problem("Lê\u0000Lai").orElseThrow());
    }

    @Test
    void rejectsDigitsAndPunctuation() {
        assertTrue(PersonName.problem("Nguyễn Văn 2").isPresent());
        assertTrue(PersonName.problem("Nguyễn-Văn").isPresent());
        assertTrue(PersonName.problem("<script>").isPresent());
    }

    @Test
    void rejectsLettersOfOtherScripts() {
        assertTrue(PersonName.problem("Иван Петров").isPresent());
        assertTrue(PersonName.problem("阮文安").isPresent());
    }

    @Test
    void rejectsBlank() {
        assertTrue(PersonName.problem("   ").isPresent());
    }
}
