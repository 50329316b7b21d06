package vn.partydev.candidate.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.platform.codes.NominationSource;

import java.time.LocalDate;
import java.util.UUID;

/** Who nominated the person, when, to which cell. */
@Schema(description = "The nomination: the nominating organisation and the receiving cell")
public record NominationDetails(
        @NotNull
        @Schema(description = "Kind of nominating organisation (nguồn giới thiệu)", example = "YOUTH_UNION")
        NominationSource source,
        @NotBlank @Size(max = 200)
        @Schema(description = "Name of the nominating organisation", example = "Đoàn TNCS Hồ Chí Minh phường Dịch Vọng")
        String organisationName,
        @NotNull @PastOrPresent
        @Schema(description = "Date of the nomination (ISO-8601), not in the future", example = "2025-09-02")
        LocalDate nominatedOn,
        @NotNull
        @Schema(description = "The receiving cell (chi bộ): a cell in the caller's organisation subtree",
                example = "3a7e4c02-5b8d-4e19-8f60-2d9b1c7e5a34")
        UUID cellId) {
}
