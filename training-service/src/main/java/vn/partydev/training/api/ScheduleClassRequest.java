package vn.partydev.training.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.platform.codes.TrainingKind;
import vn.partydev.training.service.ScheduleClass;

@Schema(description = "A class to schedule")
public record ScheduleClassRequest(
        @Schema(description = "AWARENESS (bồi dưỡng nhận thức về Đảng, for listed candidates) or NEW_MEMBER_THEORY "
                + "(for probationary members)", example = "AWARENESS")
        @NotNull TrainingKind kind,
        @Schema(description = "The organising organisation (training centre or committee), in the caller's subtree",
                example = "5b0c2f6e-8a47-4f0e-9d55-3c1b2a9e7f10")
        @NotNull UUID organiserId,
        @Schema(description = "Title of the class", example = "Lớp bồi dưỡng nhận thức về Đảng khóa 3/2026")
        @NotBlank @Size(max = 300) String title,
        @Schema(description = "First day of the class", example = "2026-03-02")
        @NotNull LocalDate startsOn,
        @Schema(description = "Last day of the class, not before startsOn", example = "2026-03-06")
        @NotNull LocalDate endsOn,
        @Schema(description = "Most active trainees the class takes (R-TRAIN-1)", example = "60")
        @NotNull @Min(1) @Max(2000) Integer capacity,
        @Schema(description = "Sessions (buổi học) planned; attendance is recorded per session, numbered 1..plannedSessions",
                example = "10")
        @NotNull @Min(1) @Max(200) Integer plannedSessions,
        @Schema(description = "Whether trainees must pass the awareness check (kiểm tra nhận thức) to be certified; "
                + "default true for AWARENESS, false for NEW_MEMBER_THEORY", example = "true")
        Boolean checkRequired,
        @Schema(description = "Minimum attendance in percent of planned sessions (R-TRAIN-2); default from the rule set (80)",
                example = "80")
        @Min(1) @Max(100) Integer minimumAttendancePercent) {

    ScheduleClass toCommand() {
        return new ScheduleClass(kind, organiserId, title, startsOn, endsOn, capacity, plannedSessions, checkRequired,
                minimumAttendancePercent);
    }
}
