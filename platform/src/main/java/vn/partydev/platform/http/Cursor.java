package vn.partydev.platform.http;

import vn.partydev.platform.problem.BadRequest;
import vn.partydev.platform.problem.ProblemError;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A keyset position in a list (the sort key values of the last item read), carried by clients as an opaque
 * base64url string. {@code Cursor.of(createdAt, id).encode()} to give one out;
 * {@code Cursor.decode(cursor).instant(0)} to read one back. A cursor that cannot be read answers 400.
 */
public record Cursor(List<String> values) {

    private static final char SEPARATOR = '\u001f';
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public Cursor {
        values = List.copyOf(values);
        for (String value : values) {
            if (value.indexOf(SEPARATOR) >= 0) {
                throw new IllegalArgumentException("a cursor value cannot contain the unit separator");
            }
        }
    }

    /** The position of the given sort key values, e.g. {@code Cursor.of(row.createdAt(), row.id())}. */
    public static Cursor of(Object... values) {
        List<String> texts = new ArrayList<>(values.length);
        for (Object value : values) {
            texts.add(Objects.requireNonNull(value, "a cursor value cannot be null").toString());
        }
        return new Cursor(texts);
    }

    public String encode() {
        return ENCODER.encodeToString(String.join(String.valueOf(SEPARATOR), values).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor given out by {@link #encode()}: expects {@code size} values, 400 problem otherwise. */
    public static Cursor decode(String cursor, int size) {
        try {
            String text = new String(DECODER.decode(cursor), StandardCharsets.UTF_8);
            List<String> values = List.of(text.split(String.valueOf(SEPARATOR), -1));
            if (values.size() != size || StorableText.problemIn(text) != null) {
                throw invalid();
            }
            return new Cursor(values);
        } catch (IllegalArgumentException | NullPointerException unreadable) {
            throw invalid();
        }
    }

    public String string(int index) {
        return values.get(index);
    }

    public UUID uuid(int index) {
        return read(index, UUID::fromString);
    }

    public Instant instant(int index) {
        return read(index, Instant::parse);
    }

    public LocalDate date(int index) {
        return read(index, LocalDate::parse);
    }

    public long longValue(int index) {
        return read(index, Long::parseLong);
    }

    private <T> T read(int index, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(values.get(index));
        } catch (RuntimeException unreadable) {
            throw invalid();
        }
    }

    private static BadRequest invalid() {
        return new BadRequest("INVALID_CURSOR", "the cursor is not one this list gave out; start again without it",
                List.of(ProblemError.atParameter("cursor", "not a cursor of this list")));
    }
}
