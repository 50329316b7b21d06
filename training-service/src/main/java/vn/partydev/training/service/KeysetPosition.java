package vn.partydev.training.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.http.Cursor;
import vn.partydev.platform.problem.BadRequest;

/** Where a keyset list sorted by (date, id) stopped: the last item's date and id, as an opaque cursor. */
public record KeysetPosition(LocalDate date, UUID id) {

    public String encode() {
        return Cursor.encode(date.toString(), id.toString());
    }

    /** The position a cursor names, or null for the first page. */
    public static KeysetPosition decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            List<String> parts = Cursor.decode(cursor);
            return new KeysetPosition(LocalDate.parse(parts.get(0)), UUID.fromString(parts.get(1)));
        } catch (RuntimeException e) {
            throw new BadRequest("INVALID_CURSOR", "the cursor is not one this list gave out");
        }
    }
}
