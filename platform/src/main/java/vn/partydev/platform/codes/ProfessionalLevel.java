package vn.partydev.platform.codes;

/** Trình độ chuyên môn: the highest professional qualification. */
public enum ProfessionalLevel {
    NONE("Chưa qua đào tạo"),
    ELEMENTARY("Sơ cấp"),
    INTERMEDIATE("Trung cấp"),
    COLLEGE("Cao đẳng"),
    UNIVERSITY("Đại học"),
    MASTER("Thạc sĩ"),
    DOCTOR("Tiến sĩ");

    private final String vietnameseName;

    ProfessionalLevel(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }
}
