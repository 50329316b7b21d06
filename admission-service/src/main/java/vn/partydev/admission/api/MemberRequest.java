package vn.partydev.admission.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.admission.service.RegisterMember;
import vn.partydev.platform.codes.EthnicGroup;
import vn.partydev.platform.codes.Gender;
import vn.partydev.platform.codes.GeneralEducation;
import vn.partydev.platform.codes.MemberStatus;
import vn.partydev.platform.codes.Occupation;
import vn.partydev.platform.codes.ProfessionalLevel;
import vn.partydev.platform.codes.Religion;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.UUID;

@Schema(description = "An existing party member to put on the roll")
public record MemberRequest(
        @Schema(description = "Full name with diacritics (stored in Unicode NFC)", example = "Nguyễn Thị Hoa")
        @NotBlank @Size(max = 100) @Pattern(regexp = "[\\p{L}\\p{M}][\\p{L}\\p{M} .'-]*", message = "{partydev.validation.personName}") String fullName,
        @Schema(description = "Citizen id (CCCD), 12 digits", example = "001190012345")
        @NotNull @Pattern(regexp = "[0-9]{12}", message = "{partydev.validation.citizenId}") String citizenId,
        @Schema(description = "Date of birth", example = "1990-05-17")
        @NotNull @Past LocalDate birthDate,
        @Schema(description = "Gender", example = "FEMALE") @NotNull Gender gender,
        @Schema(description = "Ethnic group", example = "KINH") @NotNull EthnicGroup ethnicGroup,
        @Schema(description = "Religion", example = "NONE") @NotNull Religion religion,
        @Schema(description = "General education", example = "UPPER_SECONDARY") @NotNull GeneralEducation generalEducation,
        @Schema(description = "Professional level", example = "UNIVERSITY") @NotNull ProfessionalLevel professionalLevel,
        @Schema(description = "Occupation", example = "CIVIL_SERVANT") @NotNull Occupation occupation,
        @Schema(description = "Youth Union member", example = "false") Boolean youthUnionMember,
        @Schema(description = "Trade Union member", example = "true") Boolean tradeUnionMember,
        @Schema(description = "The cell (chi bộ) the member belongs to; must lie in your subtree", example = "9b1f3c52-7d0a-4a53-9c8e-1f2a3b4c5d6e")
        @NotNull UUID cellId,
        @Schema(description = "Residential area where the member lives", example = "3d5a7c9e-1111-4b2b-8c8c-0a0b0c0d0e0f")
        UUID residentialAreaId,
        @Schema(description = "PROBATIONARY (dự bị) or OFFICIAL (chính thức)", example = "OFFICIAL") @NotNull MemberStatus status,
        @Schema(description = "Day of entry (ceremony); at least 18 years after birth, not in the future", example = "2015-09-02")
        @NotNull LocalDate entryDate,
        @Schema(description = "Day the member became official; required for OFFICIAL, at least 12 months after entry", example = "2016-09-02")
        LocalDate officialDate) {

    public RegisterMember toCommand() {
        return new RegisterMember(null, Normalizer.normalize(fullName.strip(), Normalizer.Form.NFC), citizenId, birthDate,
                gender, ethnicGroup, religion, generalEducation, professionalLevel, occupation, Boolean.TRUE.equals(youthUnionMember),
                Boolean.TRUE.equals(tradeUnionMember), cellId, residentialAreaId, status, entryDate, officialDate);
    }
}
