package vn.partydev.platform.http;

import vn.partydev.platform.problem.BadRequest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** TEMPORARY stand-in for the platform-web contract. */
public record Cursor(List<String> values) {
    public static Cursor of(Object... values) {
        return new Cursor(java.util.Arrays.stream(values).map(Object::toString).toList());
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(String.join("\u001f", values).getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String cursor, int size) {
        try {
            List<String> values = List.of(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\u001f", -1));
            if (values.size() != size) {
                throw new IllegalArgumentException();
            }
            return new Cursor(values);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("INVALID_CURSOR", "bad cursor");
        }
    }

    public String string(int index) {
        return values.get(index);
    }

    public UUID uuid(int index) {
        try {
            return UUID.fromString(values.get(index));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("INVALID_CURSOR", "bad cursor");
        }
    }
}
