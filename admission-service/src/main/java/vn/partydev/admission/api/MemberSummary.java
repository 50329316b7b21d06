package vn.partydev.admission.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.admission.domain.Member;
import vn.partydev.platform.codes.MemberStatus;

import java.time.LocalDate;
import java.util.UUID;

@Schema(description = "A member in a list of the roll (no citizen id)")
public record MemberSummary(
        @Schema(description = "Member id", example = "6f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f") UUID id,
        @Schema(description = "Full name", example = "Nguyễn Thị Hoa") String fullName,
        @Schema(description = "Year of birth", example = "1990") int birthYear,
        @Schema(description = "Current cell", example = "9b1f3c52-7d0a-4a53-9c8e-1f2a3b4c5d6e") UUID cellId,
        @Schema(description = "Status", example = "OFFICIAL") MemberStatus status,
        @Schema(description = "Day of entry", example = "2015-09-02") LocalDate entryDate,
        @Schema(description = "Official since", example = "2016-09-02") LocalDate officialDate,
        @Schema(description = "Left the roll on", example = "2026-03-01") LocalDate leftOn) {

    public static MemberSummary of(Member m) {
        return new MemberSummary(m.id, m.fullName, m.categories.birthDate.getYear(), m.cellId, m.status, m.entryDate, m.officialDate, m.leftOn);
    }
}
