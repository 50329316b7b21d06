package vn.partydev.candidate.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.platform.codes.NominationSource;

import java.time.LocalDate;

/** Corrections to the nomination; the receiving cell cannot be changed here. */
@Schema(description = "Fields of the nomination to correct; absent fields are unchanged. The cell cannot be changed")
public record NominationChanges(
        @Schema(description = "Kind of nominating organisation", example = "TRADE_UNION") NominationSource source,
        @Size(min = 1, max = 200) @Schema(description = "Name of the nominating organisation", example = "Công đoàn Trường Đại học Bách khoa") String organisationName,
        @Schema(description = "Date of the nomination", example = "2025-09-03") LocalDate nominatedOn) {
}
