package vn.partydev.platform.inbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The CloudEvents attributes of a delivered event and where it was read from. */
public record EventMetadata(
        UUID id,
        String type,
        String source,
        String subject,
        OffsetDateTime time,
        String topic,
        int partition,
        long offset) {
}
