package vn.partydev.admission.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.admission.domain.Member;
import vn.partydev.platform.codes.EthnicGroup;
import vn.partydev.platform.codes.Gender;
import vn.partydev.platform.codes.GeneralEducation;
import vn.partydev.platform.codes.MemberStatus;
import vn.partydev.platform.codes.Occupation;
import vn.partydev.platform.codes.ProfessionalLevel;
import vn.partydev.platform.codes.Religion;
import vn.partydev.platform.events.admission.MemberLeft.LeaveReason;
import vn.partydev.platform.person.PersonCategories;

import java.time.LocalDate;
import java.util.UUID;

@Schema(description = "A party member on the roll (reading it is written to the personal-data access log)")
public record MemberView(
        @Schema(description = "Member id", example = "6f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f") UUID id,
        @Schema(description = "Full name; absent for members admitted without personal data", example = "Nguyễn Thị Hoa") String fullName,
        @Schema(description = "Citizen id (CCCD)", example = "001190012345") String citizenId,
        @Schema(description = "Date of birth", example = "1990-05-17") LocalDate birthDate,
        @Schema(description = "Gender", example = "FEMALE") Gender gender,
        @Schema(description = "Ethnic group", example = "KINH") EthnicGroup ethnicGroup,
        @Schema(description = "Religion", example = "NONE") Religion religion,
        @Schema(description = "General education", example = "UPPER_SECONDARY") GeneralEducation generalEducation,
        @Schema(description = "Professional level", example = "UNIVERSITY") ProfessionalLevel professionalLevel,
        @Schema(description = "Occupation", example = "CIVIL_SERVANT") Occupation occupation,
        @Schema(description = "Youth Union member", example = "false") boolean youthUnionMember,
        @Schema(description = "Trade Union member", example = "true") boolean tradeUnionMember,
        @Schema(description = "Current cell (last cell once left)", example = "9b1f3c52-7d0a-4a53-9c8e-1f2a3b4c5d6e") UUID cellId,
        @Schema(description = "Residential area", example = "3d5a7c9e-1111-4b2b-8c8c-0a0b0c0d0e0f") UUID residentialAreaId,
        @Schema(description = "Status", example = "OFFICIAL") MemberStatus status,
        @Schema(description = "Day of entry", example = "2015-09-02") LocalDate entryDate,
        @Schema(description = "Official since", example = "2016-09-02") LocalDate officialDate,
        @Schema(description = "Left the roll on", example = "2026-03-01") LocalDate leftOn,
        @Schema(description = "Why the member left", example = "DECEASED") LeaveReason leaveReason,
        @Schema(description = "Version (ETag)", example = "1") long version) {

    public static MemberView of(Member m) {
        PersonCategories c = m.categories;
        return new MemberView(m.id, m.fullName, m.citizenId, c.birthDate, c.gender, c.ethnicGroup, c.religion,
                c.generalEducation, c.professionalLevel, c.occupation, c.youthUnionMember, c.tradeUnionMember,
                m.cellId, m.residentialAreaId, m.status, m.entryDate, m.officialDate, m.leftOn, m.leaveReason, m.version);
    }
}
