package vn.partydev.admission.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.platform.events.admission.MemberLeft.LeaveReason;

import java.time.LocalDate;

@Schema(description = "Take a member off the roll")
public record LeaveRequest(
        @Schema(description = "Why: DECEASED, RESIGNED, EXPELLED, REMOVED (xóa tên) or OTHER", example = "DECEASED") @NotNull LeaveReason reason,
        @Schema(description = "Day the member left (no longer on the roll from this day); not in the future", example = "2026-03-01") @NotNull LocalDate date) {
}
