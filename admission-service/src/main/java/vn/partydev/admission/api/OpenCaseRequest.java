package vn.partydev.admission.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.UUID;

/** Open an admission case (hồ sơ kết nạp) for a candidate on a cell list with a valid awareness certificate. */
@Schema(description = "Open an admission case")
public record OpenCaseRequest(
        @NotNull @Schema(description = "The candidate (from candidate-service)", example = "3f1c2a9e-8d4b-4c1a-9a57-2b8f0e6d1c11") UUID candidateId,
        @NotNull @Schema(description = "Date the case was opened", example = "2025-03-03") @PastOrPresent LocalDate openedOn,
        @NotNull @Past @Schema(description = "The applicant's date of birth as written in the application letter (đơn xin vào Đảng)"
                + " and the self-declared background (lý lịch). Admission keeps it in its own database for R-AGE-1 (age in"
                + " completed months at the cell vote) and the Youth Union age of R-INTRO-1; events never carry it.",
                example = "2001-09-14") LocalDate birthDate,
        @Schema(description = "Rule set to follow; the default set when absent", example = "294-QD-TW-2025") String ruleSet) {
}
