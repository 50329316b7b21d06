package vn.partydev.training.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.platform.codes.TrainingKind;
import vn.partydev.training.domain.ClassStatus;
import vn.partydev.training.domain.TrainingClass;

@Schema(description = "A class (lớp bồi dưỡng)")
public record TrainingClassView(
        @Schema(description = "Class id", example = "0e7c5d1a-4b8e-4f57-a1e2-6a1d3c9b2f44") UUID id,
        @Schema(description = "Kind of class", example = "AWARENESS") TrainingKind kind,
        @Schema(description = "Organising organisation", example = "5b0c2f6e-8a47-4f0e-9d55-3c1b2a9e7f10") UUID organiserId,
        @Schema(description = "Title", example = "Lớp bồi dưỡng nhận thức về Đảng khóa 3/2026") String title,
        @Schema(description = "First day", example = "2026-03-02") LocalDate startsOn,
        @Schema(description = "Last day", example = "2026-03-06") LocalDate endsOn,
        @Schema(description = "Most active trainees", example = "60") int capacity,
        @Schema(description = "Planned sessions", example = "10") int plannedSessions,
        @Schema(description = "Whether the awareness check must be passed", example = "true") boolean checkRequired,
        @Schema(description = "Minimum attendance, percent of planned sessions", example = "80") int minimumAttendancePercent,
        @Schema(description = "Rule set the class is run under", example = "294-QD-TW-2025") String ruleSet,
        @Schema(description = "SCHEDULED until completed", example = "SCHEDULED") ClassStatus status,
        @Schema(description = "Completion date, once completed", example = "2026-03-06") LocalDate completedOn,
        @Schema(description = "Version, also sent as the ETag", example = "0") long version) {

    static TrainingClassView of(TrainingClass c) {
        return new TrainingClassView(c.id, c.kind, c.organiserId, c.title, c.startsOn, c.endsOn, c.capacity,
                c.plannedSessions, c.checkRequired, c.minimumAttendancePercent, c.ruleSetId, c.status, c.completedOn, c.version);
    }
}
