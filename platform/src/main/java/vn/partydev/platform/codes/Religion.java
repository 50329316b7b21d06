package vn.partydev.platform.codes;

/** Tôn giáo: none, or one of the religions recognised by the State. */
public enum Religion {
    NONE("Không"),
    BUDDHISM("Phật giáo"),
    CATHOLICISM("Công giáo"),
    PROTESTANTISM("Tin lành"),
    CAO_DAI("Cao Đài"),
    HOA_HAO_BUDDHISM("Phật giáo Hòa Hảo"),
    ISLAM("Hồi giáo"),
    BAHAI("Baha'i"),
    TINH_DO_CU_SI("Tịnh độ Cư sĩ Phật hội Việt Nam"),
    BUU_SON_KY_HUONG("Bửu Sơn Kỳ Hương"),
    TU_AN_HIEU_NGHIA("Tứ Ân Hiếu Nghĩa"),
    MINH_SU_DAO("Minh Sư đạo"),
    MINH_LY_DAO("Minh Lý đạo - Tam Tông Miếu"),
    BRAHMANISM("Bà-la-môn"),
    MORMONISM("Giáo hội Các Thánh hữu Ngày sau của Chúa Giê-su Ky-tô"),
    ADVENTISM("Cơ đốc Phục lâm"),
    PHAT_DUONG_NAM_TONG("Phật đường Nam tông Minh Sư đạo"),
    OTHER("Tôn giáo khác");

    private final String vietnameseName;

    Religion(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    public boolean isReligious() {
        return this != NONE;
    }
}
