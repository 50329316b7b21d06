package vn.partydev.platform.bulk;

import org.junit.jupiter.api.Test;
import vn.partydev.platform.codes.Gender;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CopyTextTest {

    @Test
    void aLineIsItsFieldsTabSeparated() {
        assertEquals("7\tFEMALE\t2026-03-02\tt\tf\t\\N\n",
                CopyText.line(new StringBuilder(), 7, Gender.FEMALE, LocalDate.of(2026, 3, 2), true, false, null).toString());
    }

    @Test
    void backslashTabAndLineBreaksAreEscapedAndTheRestKept() {
        assertEquals("Nguyễn\\tThị\\\\A\\nB\\rC", CopyText.field(new StringBuilder(), "Nguyễn\tThị\\A\nB\rC").toString());
    }
}
