package vn.partydev.platform.inbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/** TEMPORARY stand-in for the platform-events contract: the CloudEvents envelope and Kafka position of a record. */
public record EventMetadata(UUID id, String type, String source, String subject, OffsetDateTime time, String topic,
                            int partition, long offset) {
}
