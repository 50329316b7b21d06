package vn.partydev.platform.codes;

/** Trình độ lý luận chính trị. */
public enum PoliticalTheoryLevel {
    NONE("Chưa qua đào tạo"),
    ELEMENTARY("Sơ cấp"),
    INTERMEDIATE("Trung cấp"),
    ADVANCED("Cao cấp"),
    BACHELOR("Cử nhân");

    private final String vietnameseName;

    PoliticalTheoryLevel(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }
}
