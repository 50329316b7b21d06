package vn.partydev.training.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.training.domain.CheckState;
import vn.partydev.training.domain.Enrolment;
import vn.partydev.training.domain.TraineeKind;

@Schema(description = "A trainee's place in a class")
public record EnrolmentView(
        @Schema(description = "Class id", example = "0e7c5d1a-4b8e-4f57-a1e2-6a1d3c9b2f44") UUID classId,
        @Schema(description = "Person id", example = "8d2f7a3c-1e4b-4c6d-9f0a-2b3c4d5e6f70") UUID personId,
        @Schema(description = "CANDIDATE or PROBATIONARY_MEMBER", example = "CANDIDATE") TraineeKind traineeKind,
        @Schema(description = "The trainee's cell when enrolled", example = "3f1e2d4c-5b6a-4798-8a9b-0c1d2e3f4a5b") UUID cellId,
        @Schema(description = "Enrolment date", example = "2026-02-20") LocalDate enrolledOn,
        @Schema(description = "Withdrawal date, if withdrawn", example = "2026-03-03") LocalDate withdrawnOn,
        @Schema(description = "Awareness-check state", example = "ESSAY_DUE") CheckState checkState,
        @Schema(description = "Awareness-check attempts so far", example = "1") int checkAttempts,
        @Schema(description = "Date of the last attempt", example = "2026-03-06") LocalDate lastCheckedOn,
        @Schema(description = "CERTIFIED or NOT_CERTIFIED once the class is completed", example = "CERTIFIED") Enrolment.Outcome outcome,
        @Schema(description = "Why not certified", example = "R-TRAIN-2: attended 7 of 10 planned sessions (70 %); 80 % is required, that is 8 sessions")
        String outcomeReason) {

    static EnrolmentView of(Enrolment e) {
        return new EnrolmentView(e.classId, e.personId, e.traineeKind, e.cellId, e.enrolledOn, e.withdrawnOn,
                e.checkState, e.checkAttempts, e.lastCheckedOn, e.outcome, e.outcomeReason);
    }
}
