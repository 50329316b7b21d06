package vn.partydev.admission.service;

import org.junit.jupiter.api.Test;
import vn.partydev.admission.domain.ImportError;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Reading CSV records from bytes: quoted fields, line numbers, CRLF, a BOM, and the line of bytes that are not UTF-8. */
class CsvRecordsTest {

    private static CsvRecords records(byte[]... parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.write(part);
        }
        return new CsvRecords(new Utf8Lines(new ByteArrayInputStream(bytes.toByteArray())));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void validUtf8WithABomAndWindowsLineEndsHasNoEncodingError() throws IOException {
        CsvRecords csv = records(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("ma,ten\r\nHN,Hà Nội\r\n\r\nĐN,\"Đà\r\nNẵng\"\r\n"));
        assertEquals(List.of("ma", "ten"), csv.next());
        assertEquals(List.of("HN", "Hà Nội"), csv.next());
        assertEquals(2, csv.recordLine());
        assertEquals(Optional.empty(), csv.encodingError());
        assertEquals(List.of("ĐN", "Đà\nNẵng"), csv.next());
        assertEquals(4, csv.recordLine());
        assertEquals(Optional.empty(), csv.encodingError());
        assertNull(csv.next());
    }

    @Test
    void aBadByteInsideAQuotedFieldIsReportedOnItsOwnPhysicalLine() throws IOException {
        CsvRecords csv = records(utf8("ma,ten\nHN,\"Hà\n"), new byte[]{'N', (byte) 0xF4, 'i'}, utf8("\"\nHP,Hải Phòng\n"));
        csv.next();
        assertEquals(List.of("HN", "Hà\nN\uFFFDi"), csv.next());
        assertEquals(2, csv.recordLine());
        assertEquals(Optional.of(new ImportError(3, null, "is not valid UTF-8 text (byte 2 of the line); save the file with UTF-8 encoding")),
                csv.encodingError());
        assertEquals(List.of("HP", "Hải Phòng"), csv.next());
        assertEquals(Optional.empty(), csv.encodingError(), "the next record starts clean");
    }

    @Test
    void aTruncatedMultiByteCharacterAtTheEndOfTheFileIsReported() throws IOException {
        byte[] hoa = utf8("Hòa");
        CsvRecords csv = records(utf8("ma,ten\nHB,"), java.util.Arrays.copyOf(hoa, hoa.length - 2));
        csv.next();
        assertEquals(List.of("HB", "H\uFFFD"), csv.next());
        assertEquals(new ImportError(2, null, "is not valid UTF-8 text (byte 5 of the line); save the file with UTF-8 encoding"),
                csv.encodingError().orElseThrow());
    }

    @Test
    void quotedFieldsKeepCommasAndDoubledQuotesAndMayBeEmpty() throws IOException {
        CsvRecords csv = records(utf8("ma,ten,ghi_chu\n"
                + "HN.BD,\"Chi bộ Tổ dân phố 1, phường Ba Đình\",\"\"\n"
                + "\"HN.CG\",\"Chi bộ \"\"Thôn Đông\"\"\",khác\n"
                + "HN.TX,\"\",\"cuối\"\n"));
        assertEquals(List.of("ma", "ten", "ghi_chu"), csv.next());
        assertEquals(List.of("HN.BD", "Chi bộ Tổ dân phố 1, phường Ba Đình", ""), csv.next());
        assertEquals(List.of("HN.CG", "Chi bộ \"Thôn Đông\"", "khác"), csv.next());
        assertEquals(3, csv.recordLine());
        assertEquals(List.of("HN.TX", "", "cuối"), csv.next());
        assertNull(csv.next());
    }

    @Test
    void aQuotedFieldSpanningLinesKeepsTheNextRecordOnItsOwnLineNumber() throws IOException {
        CsvRecords csv = records(utf8("ma,ten\nA,\"dòng một\ndòng hai, có dấu phẩy\"\nB,\"  có khoảng trắng  \"\n"));
        csv.next();
        assertEquals(List.of("A", "dòng một\ndòng hai, có dấu phẩy"), csv.next());
        assertEquals(2, csv.recordLine());
        assertEquals(List.of("B", "có khoảng trắng"), csv.next());
        assertEquals(4, csv.recordLine());
    }

    @Test
    void anUnterminatedQuoteTakesTheRestOfTheFileAsOneField() throws IOException {
        CsvRecords csv = records(utf8("ma,ten\nA,\"không đóng\nB,Hai\n"));
        csv.next();
        assertEquals(List.of("A", "không đóng\nB,Hai"), csv.next());
        assertNull(csv.next());
    }
}
