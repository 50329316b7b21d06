package vn.partydev.platform.problem;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProblemMessagesTest {

    @Test
    void everyCodeAndSentenceIsInBothLanguages() {
        List<List<String>> keys = ProblemMessages.keys();
        assertEquals(keys.get(0), keys.get(1));
        assertTrue(keys.get(0).contains("R-VOTE-1"));
    }

    @Test
    void aVietnameseDetailCarriesTheNumbersOfTheRequest() {
        assertEquals("7 đảng viên chính thức có quyền biểu quyết; cần ít nhất 5 phiếu tán thành (hai phần ba), chỉ có 4 phiếu",
                ProblemMessages.detail(ProblemType.RULE_VIOLATION, "R-VOTE-1", "english", ProblemMessage.of("too-few-yes", 7, 5, 4),
                        ProblemLanguage.VIETNAMESE));
        assertEquals("english", ProblemMessages.detail(ProblemType.RULE_VIOLATION, "R-VOTE-1", "english",
                ProblemMessage.of("too-few-yes", 7, 5, 4), ProblemLanguage.ENGLISH));
    }

    @Test
    void withoutASentenceVietnameseSaysWhatTheCodeMeans() {
        assertEquals("Bước này không đúng trình tự thủ tục", ProblemMessages.detail(ProblemType.CONFLICT, "STEP_OUT_OF_ORDER",
                "the cell has not voted yet", null, ProblemLanguage.VIETNAMESE));
        assertEquals("Yêu cầu xung đột với trạng thái hiện tại", ProblemMessages.detail(ProblemType.CONFLICT, "UNLISTED_CODE",
                "whatever", null, ProblemLanguage.VIETNAMESE));
    }

    @Test
    void theCatalogueListsCodesNotSentences() {
        assertTrue(ProblemMessages.catalogue().containsKey("R-CERT-1"));
        assertTrue(ProblemMessages.catalogue().keySet().stream().noneMatch(code -> code.contains(".")));
    }
}
