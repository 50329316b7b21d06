package vn.partydev.admission.service;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads UTF-8 text one physical line at a time, and says which lines are not valid UTF-8 instead of failing the whole
 * file, so an import can name the line to fix. Lines end at LF (a CR before it is dropped); the LF byte never occurs
 * inside a multi-byte UTF-8 sequence, so splitting before decoding is safe.
 */
final class Utf8Lines implements Closeable {

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private int position;
    private int limit;
    private byte[] line = new byte[1024];
    private int badByte = -1;

    Utf8Lines(InputStream in) {
        this.in = in;
    }

    /** The next line without its terminator, invalid bytes shown as U+FFFD; null at the end of the input. */
    String readLine() throws IOException {
        int length = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            byte b = buffer[position++];
            if (b == '\n') {
                break;
            }
            if (length == line.length) {
                line = Arrays.copyOf(line, length * 2);
            }
            line[length++] = b;
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        String text = new String(line, 0, length, StandardCharsets.UTF_8);
        // the lenient decoding above is the fast path; only a line showing U+FFFD is decoded again, strictly
        badByte = text.indexOf('\uFFFD') < 0 ? -1 : firstInvalidByte(length);
        return text;
    }

    /** Offset (from 0) of the first byte of the last line read that is not valid UTF-8; -1 when the line is valid. */
    int invalidByteOffset() {
        return badByte;
    }

    private int firstInvalidByte(int length) {
        ByteBuffer bytes = ByteBuffer.wrap(line, 0, length);
        strict.reset();
        CoderResult result = strict.decode(bytes, CharBuffer.allocate(length), true);
        return result.isError() ? bytes.position() : -1;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
