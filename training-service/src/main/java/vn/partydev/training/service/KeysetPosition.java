package vn.partydev.training.service;

import java.time.LocalDate;
import java.util.UUID;
import vn.partydev.platform.http.Cursor;

/** Where a keyset list sorted by (date, id) stopped: the last item's date and id. */
public record KeysetPosition(LocalDate date, UUID id) {

    public Cursor cursor() {
        return Cursor.of(date, id);
    }

    /** The position a cursor names, or null for the first page; an unreadable cursor answers 400. */
    public static KeysetPosition decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        Cursor position = Cursor.decode(cursor, 2);
        return new KeysetPosition(position.date(0), position.uuid(1));
    }
}
