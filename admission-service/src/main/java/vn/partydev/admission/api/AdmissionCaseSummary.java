package vn.partydev.admission.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.admission.domain.AdmissionCase;
import vn.partydev.admission.domain.CaseState;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** An admission case in a list: where it stands and what it waits for; the full case is GET /admission-cases/{id}. */
@Schema(name = "AdmissionCaseSummary", description = "An admission case in a list")
public record AdmissionCaseSummary(
        @Schema(description = "The case", example = "8c1d5e2a-4f7b-4c1e-9a51-2f0f3c8d9e10") UUID id,
        @Schema(description = "The candidate (quần chúng ưu tú)", example = "5b8e1f0c-2a3d-4e5f-8a9b-0c1d2e3f4a5b") UUID candidateId,
        @Schema(description = "The cell (chi bộ) the case belongs to", example = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d") UUID cellId,
        @Schema(description = "Where the case stands", example = "CELL_ADOPTED") CaseState state,
        @Schema(description = "The rule set the case is decided under", example = "294-QD-TW-2025") String ruleSet,
        @Schema(description = "The day the case was opened", example = "2026-01-12") LocalDate openedOn,
        @Schema(description = "The step the case waits for, if any", example = "DECISION") String nextDueStep,
        @Schema(description = "The rule that sets that step's deadline", example = "R-SLA-1") String nextDueRule,
        @Schema(description = "When that step is due (working days counted)", example = "2026-04-08") LocalDate nextDueOn,
        @Schema(description = "That step is past its due date (today by the service clock)", example = "false") boolean overdue) {

    public static AdmissionCaseSummary of(AdmissionCase c, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        return new AdmissionCaseSummary(c.id, c.candidateId, c.cellId, c.state, c.ruleSet, c.openedOn, c.nextDueStep,
                c.nextDueRule, c.nextDueOn, c.nextDueOn != null && c.nextDueOn.isBefore(today));
    }
}
