package vn.partydev.platform.search;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class VietnameseTextTest {

    @Test
    void stripsTonesAndVowelMarks() {
        assertEquals("nguyen van a", VietnameseText.normalise("Nguyễn Văn A"));
        assertEquals("ho chi minh", VietnameseText.normalise("Hồ Chí Minh"));
        assertEquals("le thi thu huong", VietnameseText.normalise("Lê Thị Thu Hương"));
        assertEquals("pham ngoc thach", VietnameseText.normalise("Phạm Ngọc Thạch"));
        assertEquals("quang ngai", VietnameseText.normalise("Quảng Ngãi"));
    }

    @Test
    void dStrokeBecomesD() {
        assertEquals("dang thi anh", VietnameseText.normalise("Đặng Thị Ánh"));
        assertEquals("dong thap", VietnameseText.normalise("đồng tháp"));
        assertEquals("doan dinh dao", VietnameseText.normalise("ĐOÀN ĐÌNH ĐẠO"));
    }

    @Test
    void decomposedAndComposedInputsAreTheSame() {
        String composed = Normalizer.normalize("Nguyễn Thị Ngọc Ánh", Normalizer.Form.NFC);
        String decomposed = Normalizer.normalize("Nguyễn Thị Ngọc Ánh", Normalizer.Form.NFD);
        assertEquals(decomposed.length() > composed.length(), true);
        assertEquals(VietnameseText.normalise(composed), VietnameseText.normalise(decomposed));
        assertEquals("nguyen thi ngoc anh", VietnameseText.normalise(decomposed));
    }

    @Test
    void collapsesAndTrimsWhiteSpace() {
        assertEquals("tran thi bich", VietnameseText.normalise("  Trần   Thị\tBích \n"));
    }

    @Test
    void upperAndLowerCaseMeetWithoutLocaleSurprises() {
        java.util.Locale previous = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
            assertEquals("bui thi xuan", VietnameseText.normalise("BÙI THỊ XUÂN"));
        } finally {
            java.util.Locale.setDefault(previous);
        }
    }

    @Test
    void nullStaysNull() {
        assertNull(VietnameseText.normalise(null));
    }
}
