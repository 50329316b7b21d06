package vn.partydev.platform.http;

import org.junit.jupiter.api.Test;
import vn.partydev.platform.problem.BadRequest;

import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CursorTest {

    @Test
    void roundTripsItsValuesThroughAnOpaqueUrlSafeString() {
        Instant createdAt = Instant.parse("2026-02-16T01:02:03.456789Z");
        UUID id = UUID.randomUUID();
        String encoded = Cursor.of(createdAt, id).encode();
        assertFalse(encoded.contains("/") || encoded.contains("+") || encoded.contains("=") || encoded.contains(id.toString()));
        Cursor decoded = Cursor.decode(encoded, 2);
        assertEquals(createdAt, decoded.instant(0));
        assertEquals(id, decoded.uuid(1));
    }

    @Test
    void aStringThatIsNotACursorIs400() {
        BadRequest refused = assertThrows(BadRequest.class, () -> Cursor.decode("not a cursor!", 2));
        assertEquals("INVALID_CURSOR", refused.code());
    }

    @Test
    void aCursorOfAnotherShapeIs400() {
        String oneValue = Cursor.of(42).encode();
        assertEquals("INVALID_CURSOR", assertThrows(BadRequest.class, () -> Cursor.decode(oneValue, 2)).code());
        String notAUuid = Cursor.of(Instant.EPOCH, "nope").encode();
        Cursor decoded = Cursor.decode(notAUuid, 2);
        assertEquals("INVALID_CURSOR", assertThrows(BadRequest.class, () -> decoded.uuid(1)).code());
    }
}
