package vn.partydev.platform.codes;

/**
 * Trình độ giáo dục phổ thông, by completed level. R-EDU-1 asks for {@link #LOWER_SECONDARY} (THCS, 9/12)
 * or higher; {@link #PRIMARY} suffices in disadvantaged areas; {@link #LITERATE} only with provincial consent.
 */
public enum GeneralEducation {
    LITERATE("Biết đọc, biết viết"),
    PRIMARY("Tiểu học (5/12)"),
    LOWER_SECONDARY("Trung học cơ sở (9/12)"),
    UPPER_SECONDARY("Trung học phổ thông (12/12)");

    private final String vietnameseName;

    GeneralEducation(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    public boolean atLeast(GeneralEducation other) {
        return compareTo(other) >= 0;
    }
}
