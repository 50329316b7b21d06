package vn.partydev.candidate.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.platform.codes.EthnicGroup;
import vn.partydev.platform.codes.Gender;
import vn.partydev.platform.codes.GeneralEducation;
import vn.partydev.platform.codes.Occupation;
import vn.partydev.platform.codes.PoliticalTheoryLevel;
import vn.partydev.platform.codes.ProfessionalLevel;
import vn.partydev.platform.codes.Religion;

import java.time.LocalDate;
import java.util.UUID;

/** Corrections to the person's record: an absent (or null) field stays as it is. */
@Schema(description = "Fields of the person to change; absent fields are unchanged. The result is validated as a whole")
public record PersonChanges(
        @FullName @Schema(description = "Full name", example = "Nguyễn Thị Minh Anh") String fullName,
        @Schema(description = "Date of birth", example = "2004-05-17") LocalDate birthDate,
        @Schema(description = "Gender", example = "FEMALE") Gender gender,
        @Schema(description = "Ethnic group", example = "TAY") EthnicGroup ethnicGroup,
        @Schema(description = "Religion", example = "NONE") Religion religion,
        @CitizenIdNumber @Schema(description = "Citizen id (12 digits)", example = "001304012345") String citizenId,
        @Schema(description = "General education", example = "UPPER_SECONDARY") GeneralEducation generalEducation,
        @Schema(description = "Professional level", example = "UNIVERSITY") ProfessionalLevel professionalLevel,
        @Schema(description = "Political theory level", example = "ELEMENTARY") PoliticalTheoryLevel politicalTheoryLevel,
        @Schema(description = "Occupation category", example = "PUBLIC_EMPLOYEE") Occupation occupation,
        @Schema(description = "Residential area", example = "6f1c2b1e-3d4a-4f7b-9a53-1c8f0e2d7a10") UUID residentialAreaId,
        @Size(max = 200) @Schema(description = "Workplace, free text", example = "UBND phường Dịch Vọng") String workplace,
        @Schema(description = "Youth Union member", example = "true") Boolean youthUnionMember,
        @Schema(description = "Trade Union member", example = "true") Boolean tradeUnionMember) {
}
