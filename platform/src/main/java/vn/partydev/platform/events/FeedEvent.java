package vn.partydev.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One archived event as a CloudEvent in structured JSON mode. */
@Schema(description = "A CloudEvent 1.0 in structured JSON mode; `data` follows the JSON Schema of its type "
        + "(GET /api/v1/events/schemas/{EventName}.v1.json)")
public record FeedEvent(
        @Schema(description = "CloudEvents spec version", example = "1.0") String specversion,
        @Schema(description = "Unique event id; the same as ce_id on Kafka, so duplicates can be dropped",
                example = "0b8a3c52-6a62-4b5e-9a40-3d6f0c1f7e21") UUID id,
        @Schema(description = "vn.partydev.<service>.<EventName>.v1", example = "vn.partydev.candidate.CandidateNominated.v1") String type,
        @Schema(description = "The producing service", example = "/partydev/candidate-service") String source,
        @Schema(description = "The person id, or the id of what the event is about",
                example = "5d9e1f0a-2c43-4b1e-8f11-7a2b3c4d5e6f") String subject,
        @Schema(description = "When the event was recorded (RFC 3339)", example = "2026-03-02T08:15:30.123Z") OffsetDateTime time,
        @Schema(description = "Media type of data", example = "application/json") String datacontenttype,
        @Schema(description = "The event record", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                additionalProperties = Schema.True.class,
                example = "{\"candidateId\":\"5d9e1f0a-2c43-4b1e-8f11-7a2b3c4d5e6f\",\"helperMemberId\":\"9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d\",\"assignedOn\":\"2026-03-02\"}")
        JsonNode data) {
}
