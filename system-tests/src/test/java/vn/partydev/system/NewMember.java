package vn.partydev.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A new member's categories as the story gave them, and the new-members breakdown they make: for every category of
 * every breakdown the count and its share of all new members (two decimals, half up; none of zero new members).
 */
record NewMember(String gender, String ethnicity, String religion, String ageBand, String generalEducation,
                 String professionalLevel, String occupation, String youthUnion, String source) {

    private static final Map<String, List<String>> CATEGORIES = new LinkedHashMap<>();

    static {
        CATEGORIES.put("TOTAL", List.of("ALL"));
        CATEGORIES.put("GENDER", List.of("FEMALE", "MALE"));
        CATEGORIES.put("ETHNICITY", List.of("MINORITY", "KINH"));
        CATEGORIES.put("RELIGION", List.of("RELIGIOUS", "NONE"));
        CATEGORIES.put("AGE_BAND", List.of("FROM_18_TO_30", "FROM_31_TO_40", "FROM_41_TO_50", "FROM_51_TO_60", "OVER_60"));
        CATEGORIES.put("GENERAL_EDUCATION", List.of("LITERATE", "PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY", "LOWER_SECONDARY_OR_HIGHER"));
        CATEGORIES.put("PROFESSIONAL_LEVEL", List.of("NONE", "ELEMENTARY", "INTERMEDIATE", "COLLEGE", "UNIVERSITY", "MASTER", "DOCTOR",
                "INTERMEDIATE_OR_HIGHER", "UNIVERSITY_OR_HIGHER"));
        CATEGORIES.put("OCCUPATION", List.of("STUDENT", "PRIVATE_ENTERPRISE_WORKER", "FOREIGN_INVESTED_ENTERPRISE_WORKER",
                "STATE_ENTERPRISE_WORKER", "ARMED_FORCES", "CIVIL_SERVANT", "PUBLIC_EMPLOYEE", "FARMER", "SELF_EMPLOYED",
                "RELIGIOUS_DIGNITARY", "RETIRED", "OTHER"));
        CATEGORIES.put("YOUTH_UNION", List.of("YES", "NO"));
        CATEGORIES.put("SOURCE", List.of("YOUTH_UNION", "TRADE_UNION", "WOMENS_UNION", "FARMERS_UNION", "VETERANS_ASSOCIATION",
                "SCHOOL", "ARMY_UNIT", "CELL"));
    }

    /** Every row of the breakdown table: dimension, value, count, percent. */
    static List<Map<String, String>> expectedRows(List<NewMember> members) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (var dimension : CATEGORIES.entrySet()) {
            for (String value : dimension.getValue()) {
                long count = members.stream().filter(member -> member.in(dimension.getKey(), value)).count();
                rows.add(ReportFigures.row("dimension", dimension.getKey(), "value", value, "count", Long.toString(count),
                        "percent", percent(count, members.size())));
            }
        }
        return rows;
    }

    private boolean in(String dimension, String value) {
        Function<NewMember, String> category = switch (dimension) {
            case "TOTAL" -> member -> "ALL";
            case "GENDER" -> NewMember::gender;
            case "ETHNICITY" -> NewMember::ethnicity;
            case "RELIGION" -> NewMember::religion;
            case "AGE_BAND" -> NewMember::ageBand;
            case "GENERAL_EDUCATION" -> NewMember::generalEducation;
            case "PROFESSIONAL_LEVEL" -> NewMember::professionalLevel;
            case "OCCUPATION" -> NewMember::occupation;
            case "YOUTH_UNION" -> NewMember::youthUnion;
            default -> NewMember::source;
        };
        String own = category.apply(this);
        return switch (value) {
            case "LOWER_SECONDARY_OR_HIGHER" -> List.of("LOWER_SECONDARY", "UPPER_SECONDARY").contains(own);
            case "INTERMEDIATE_OR_HIGHER" -> List.of("INTERMEDIATE", "COLLEGE", "UNIVERSITY", "MASTER", "DOCTOR").contains(own);
            case "UNIVERSITY_OR_HIGHER" -> List.of("UNIVERSITY", "MASTER", "DOCTOR").contains(own);
            default -> value.equals(own);
        };
    }

    private static String percent(long count, long total) {
        return total == 0 ? "" : BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP).toPlainString();
    }
}
