package vn.partydev.training.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.training.domain.SessionAttendance;

@Schema(description = "The attendance of one session")
public record AttendanceView(
        @Schema(description = "Class id", example = "0e7c5d1a-4b8e-4f57-a1e2-6a1d3c9b2f44") UUID classId,
        @Schema(description = "Session number, 1..plannedSessions", example = "3") int session,
        @Schema(description = "Whether the session has been recorded", example = "true") boolean recorded,
        @Schema(description = "Person ids present, sorted", example = "[\"8d2f7a3c-1e4b-4c6d-9f0a-2b3c4d5e6f70\"]") List<UUID> present,
        @Schema(description = "Version, also the ETag", example = "0") long version) {

    static AttendanceView of(SessionAttendance attendance) {
        return new AttendanceView(attendance.key.classId(), attendance.key.sessionNo(), attendance.recordedBy != null,
                attendance.present.stream().sorted().toList(), attendance.version);
    }
}
