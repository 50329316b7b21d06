package vn.partydev.platform.rules;

import java.util.List;
import java.util.Optional;

/**
 * The rule sets the system knows. {@link #DEFAULT_ID} follows Regulation 294-QĐ/TW (in force 1 July 2025)
 * and Guidance 06-HD/TW; the earlier 24-QĐ/TW of 2021 had the same numbers.
 */
public final class RuleSets {

    public static final String DEFAULT_ID = "294-QD-TW-2025";

    private static final RuleSet REGULATION_294 = new RuleSet(DEFAULT_ID,
            "Điều lệ Đảng; Quy định 294-QĐ/TW (2025); Hướng dẫn 06-HD/TW (2025)",
            216, 720, 60, 12, new Fraction(2, 3), 3, 60, 30, 30, 12, 30, 30, 30, 3, 80, 12, 15);

    private static final RuleSet REGULATION_24 = new RuleSet("24-QD-TW-2021",
            "Điều lệ Đảng; Quy định 24-QĐ/TW (2021); Hướng dẫn 01-HD/TW (2021)",
            216, 720, 60, 12, new Fraction(2, 3), 3, 60, 30, 30, 12, 30, 30, 30, 3, 80, 12, 15);

    private static final List<RuleSet> ALL = List.of(REGULATION_294, REGULATION_24);

    private RuleSets() {
    }

    public static RuleSet defaultSet() {
        return REGULATION_294;
    }

    public static Optional<RuleSet> find(String id) {
        return ALL.stream().filter(set -> set.id().equals(id)).findFirst();
    }

    public static List<RuleSet> all() {
        return ALL;
    }
}
