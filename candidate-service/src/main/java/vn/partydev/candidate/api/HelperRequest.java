package vn.partydev.candidate.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** An official member assigned to help the candidate. */
@Schema(description = "Assignment of a helping member (đảng viên giúp đỡ)")
public record HelperRequest(
        @NotNull
        @Schema(description = "Member id on admission-service's roll", example = "5d0e7a3c-1f2b-4c6d-8e9a-0b1c2d3e4f50") UUID memberId,
        @NotNull @PastOrPresent
        @Schema(description = "Date of the assignment", example = "2025-10-05") LocalDate assignedOn) {
}
