package vn.partydev.candidate.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.candidate.domain.Candidate;
import vn.partydev.platform.codes.EthnicGroup;
import vn.partydev.platform.codes.Gender;
import vn.partydev.platform.codes.GeneralEducation;
import vn.partydev.platform.codes.Occupation;
import vn.partydev.platform.codes.PoliticalTheoryLevel;
import vn.partydev.platform.codes.ProfessionalLevel;
import vn.partydev.platform.codes.Religion;
import vn.partydev.platform.person.PersonCategories;

import java.time.LocalDate;
import java.util.UUID;

/** The person's record (DOMAIN.md 3.1 item 2). */
@CitizenIdMatchesPerson
@Schema(description = "The person: identity and the categories statistics break admissions down by")
public record PersonDetails(
        @NotNull @FullName
        @Schema(description = "Full name with Vietnamese diacritics; stored NFC-normalised and trimmed; 2–100 letters, spaces, apostrophes",
                example = "Nguyễn Thị Minh Anh")
        String fullName,
        @NotNull @Past
        @Schema(description = "Date of birth (ISO-8601), in the past", example = "2004-05-17")
        LocalDate birthDate,
        @NotNull
        @Schema(description = "Gender as on the citizen record", example = "FEMALE")
        Gender gender,
        @NotNull
        @Schema(description = "Ethnic group (dân tộc), one of the 54 recognised groups", example = "KINH")
        EthnicGroup ethnicGroup,
        @NotNull
        @Schema(description = "Religion (tôn giáo): NONE or a recognised religion", example = "NONE")
        Religion religion,
        @NotNull @CitizenIdNumber
        @Schema(description = "Citizen id (CCCD): 12 ASCII digits; province code, century/gender digit and birth year must agree with the record",
                example = "001304012345")
        String citizenId,
        @NotNull
        @Schema(description = "General education (giáo dục phổ thông)", example = "UPPER_SECONDARY")
        GeneralEducation generalEducation,
        @NotNull
        @Schema(description = "Highest professional qualification (trình độ chuyên môn)", example = "UNIVERSITY")
        ProfessionalLevel professionalLevel,
        @NotNull
        @Schema(description = "Political theory level (lý luận chính trị)", example = "NONE")
        PoliticalTheoryLevel politicalTheoryLevel,
        @NotNull
        @Schema(description = "Occupation category", example = "STUDENT")
        Occupation occupation,
        @Schema(description = "Residential area (thôn, bản, ấp, tổ dân phố) where the person lives, if known",
                example = "6f1c2b1e-3d4a-4f7b-9a53-1c8f0e2d7a10")
        UUID residentialAreaId,
        @Size(max = 200)
        @Schema(description = "Workplace or school, free text (kept in this service, never published)", example = "Trường Đại học Bách khoa Hà Nội")
        String workplace,
        @NotNull
        @Schema(description = "Member of the Ho Chi Minh Communist Youth Union (Đoàn TNCS)", example = "true")
        Boolean youthUnionMember,
        @NotNull
        @Schema(description = "Member of the Trade Union (Công đoàn)", example = "false")
        Boolean tradeUnionMember) {

    /** The candidate's record as it stands. */
    public static PersonDetails of(Candidate candidate) {
        PersonCategories categories = candidate.categories;
        return new PersonDetails(candidate.fullName, categories.birthDate, categories.gender, categories.ethnicGroup,
                categories.religion, candidate.citizenId, categories.generalEducation, categories.professionalLevel,
                candidate.politicalTheoryLevel, categories.occupation, candidate.residentialAreaId,
                candidate.workplace, categories.youthUnionMember, categories.tradeUnionMember);
    }
}
