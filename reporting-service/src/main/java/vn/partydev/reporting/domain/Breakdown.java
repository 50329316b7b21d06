package vn.partydev.reporting.domain;

import vn.partydev.platform.codes.GeneralEducation;
import vn.partydev.platform.codes.NominationSource;
import vn.partydev.platform.codes.Occupation;
import vn.partydev.platform.codes.ProfessionalLevel;
import vn.partydev.platform.codes.Religion;

import java.util.Arrays;
import java.util.List;

/**
 * The categories new members are broken down by (DOMAIN 5), each with the SQL that derives its value from a
 * {@code person} row {@code p}; the projection pre-aggregates them per cell and month, ad-hoc queries reuse them.
 */
public enum Breakdown {
    TOTAL("Tổng số", "Total", "'ALL'"),
    GENDER("Giới tính", "Gender", "p.gender"),
    ETHNICITY("Dân tộc", "Ethnicity", "CASE WHEN p.ethnic_group IS NULL THEN NULL WHEN p.ethnic_group = 'KINH' THEN 'KINH' ELSE 'MINORITY' END"),
    RELIGION("Tôn giáo", "Religion", "CASE WHEN p.religion IS NULL THEN NULL WHEN p.religion = 'NONE' THEN 'NONE' ELSE 'RELIGIOUS' END"),
    AGE_BAND("Độ tuổi khi kết nạp", "Age at admission",
            AgeBand.sqlCase("p.age_at_admission")),
    GENERAL_EDUCATION("Trình độ giáo dục phổ thông", "General education", "p.general_education"),
    PROFESSIONAL_LEVEL("Trình độ chuyên môn", "Professional level", "p.professional_level"),
    OCCUPATION("Nghề nghiệp", "Occupation", "p.occupation"),
    YOUTH_UNION("Đoàn viên", "Youth Union member", "CASE WHEN p.youth_union IS NULL THEN NULL WHEN p.youth_union THEN 'YES' ELSE 'NO' END"),
    SOURCE("Nguồn giới thiệu", "Source organisation", "p.source");

    /** Value of a category that the events did not tell. */
    public static final String UNKNOWN = "UNKNOWN";

    private final String vietnamese;
    private final String english;
    private final String sql;

    Breakdown(String vietnamese, String english, String sql) {
        this.vietnamese = vietnamese;
        this.english = english;
        this.sql = sql;
    }

    /** A lateral VALUES list giving (dimension, value) for every breakdown of the person row {@code p}. */
    public static String lateralValues() {
        return "(VALUES " + String.join(", ", Arrays.stream(values())
                .map(b -> "('" + b.name() + "', coalesce((" + b.sql + ")::text, '" + UNKNOWN + "'))").toList())
                + ") AS d(dimension, value)";
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String english() {
        return english;
    }

    /** The categories of this breakdown in display order, so that zero counts are shown too. */
    public List<String> categories() {
        return switch (this) {
            case TOTAL -> List.of("ALL");
            case GENDER -> List.of("FEMALE", "MALE");
            case ETHNICITY -> List.of("MINORITY", "KINH");
            case RELIGION -> List.of("RELIGIOUS", "NONE");
            case AGE_BAND -> Arrays.stream(AgeBand.values()).filter(b -> b != AgeBand.UNDER_18).map(Enum::name).toList();
            case GENERAL_EDUCATION -> names(GeneralEducation.values());
            case PROFESSIONAL_LEVEL -> names(ProfessionalLevel.values());
            case OCCUPATION -> names(Occupation.values());
            case YOUTH_UNION -> List.of("YES", "NO");
            case SOURCE -> names(NominationSource.values());
        };
    }

    /**
     * A row committees report upward that adds up several categories of one breakdown (e.g. "trung cấp trở lên"): its code,
     * labels and the categories it sums.
     */
    public record Aggregate(String code, String vietnamese, String english, List<String> parts) {
    }

    /** The aggregate rows shown after this breakdown's categories. */
    public List<Aggregate> aggregates() {
        return switch (this) {
            case PROFESSIONAL_LEVEL -> List.of(
                    new Aggregate("INTERMEDIATE_OR_HIGHER", "Trung cấp trở lên", "Intermediate or higher",
                            names(ProfessionalLevel.INTERMEDIATE, ProfessionalLevel.COLLEGE, ProfessionalLevel.UNIVERSITY,
                                    ProfessionalLevel.MASTER, ProfessionalLevel.DOCTOR)),
                    new Aggregate("UNIVERSITY_OR_HIGHER", "Đại học trở lên", "University or higher",
                            names(ProfessionalLevel.UNIVERSITY, ProfessionalLevel.MASTER, ProfessionalLevel.DOCTOR)));
            case GENERAL_EDUCATION -> List.of(
                    new Aggregate("LOWER_SECONDARY_OR_HIGHER", "Trung học cơ sở trở lên", "Lower secondary or higher",
                            names(GeneralEducation.LOWER_SECONDARY, GeneralEducation.UPPER_SECONDARY)));
            default -> List.of();
        };
    }

    /** Vietnamese and English labels of a category value. */
    public String[] label(String value) {
        if (UNKNOWN.equals(value)) {
            return new String[] {"Không rõ", "Unknown"};
        }
        return switch (this) {
            case TOTAL -> new String[] {"Tổng số", "Total"};
            case GENDER -> "FEMALE".equals(value) ? new String[] {"Nữ", "Women"} : new String[] {"Nam", "Men"};
            case ETHNICITY -> "KINH".equals(value) ? new String[] {"Dân tộc Kinh", "Kinh"} : new String[] {"Dân tộc thiểu số", "Ethnic minority"};
            case RELIGION -> "NONE".equals(value) ? new String[] {"Không tôn giáo", "No religion"} : new String[] {"Có tôn giáo", "Religious"};
            case AGE_BAND -> new String[] {AgeBand.valueOf(value).vietnamese(), AgeBand.valueOf(value).english()};
            case GENERAL_EDUCATION -> new String[] {GeneralEducation.valueOf(value).vietnameseName(), value};
            case PROFESSIONAL_LEVEL -> new String[] {ProfessionalLevel.valueOf(value).vietnameseName(), value};
            case OCCUPATION -> new String[] {Occupation.valueOf(value).vietnameseName(), value};
            case YOUTH_UNION -> "YES".equals(value) ? new String[] {"Là đoàn viên", "Youth Union member"} : new String[] {"Không là đoàn viên", "Not a member"};
            case SOURCE -> new String[] {NominationSource.valueOf(value).vietnameseName(), value};
        };
    }

    private static List<String> names(Enum<?>... values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
