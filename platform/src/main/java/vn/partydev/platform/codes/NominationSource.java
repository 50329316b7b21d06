package vn.partydev.platform.codes;

/** The organisation that nominated a person (nguồn giới thiệu); statistics compare yield per source. */
public enum NominationSource {
    YOUTH_UNION("Đoàn TNCS Hồ Chí Minh"),
    TRADE_UNION("Công đoàn"),
    WOMENS_UNION("Hội Liên hiệp Phụ nữ"),
    FARMERS_UNION("Hội Nông dân"),
    VETERANS_ASSOCIATION("Hội Cựu chiến binh"),
    SCHOOL("Nhà trường"),
    ARMY_UNIT("Đơn vị quân đội"),
    CELL("Chi bộ");

    private final String vietnameseName;

    NominationSource(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }
}
