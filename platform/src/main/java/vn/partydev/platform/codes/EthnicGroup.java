package vn.partydev.platform.codes;

/**
 * The 54 recognised ethnic groups (dân tộc) with the codes of the General Statistics Office's list.
 * {@link #KINH} is the majority; every other group counts as an ethnic minority in statistics.
 */
public enum EthnicGroup {
    KINH("01", "Kinh"), TAY("02", "Tày"), THAI("03", "Thái"), HOA("04", "Hoa"), KHMER("05", "Khơ-me"),
    MUONG("06", "Mường"), NUNG("07", "Nùng"), HMONG("08", "HMông"), DAO("09", "Dao"), GIA_RAI("10", "Gia-rai"),
    NGAI("11", "Ngái"), E_DE("12", "Ê-đê"), BA_NA("13", "Ba-na"), XO_DANG("14", "Xơ-đăng"), SAN_CHAY("15", "Sán Chay"),
    CO_HO("16", "Cơ-ho"), CHAM("17", "Chăm"), SAN_DIU("18", "Sán Dìu"), HRE("19", "Hrê"), MNONG("20", "Mnông"),
    RA_GLAI("21", "Ra-glai"), XTIENG("22", "Xtiêng"), BRU_VAN_KIEU("23", "Bru-Vân Kiều"), THO("24", "Thổ"),
    GIAY("25", "Giáy"), CO_TU("26", "Cơ-tu"), GIE_TRIENG("27", "Gié-Triêng"), MA("28", "Mạ"), KHO_MU("29", "Khơ-mú"),
    CO("30", "Co"), TA_OI("31", "Tà-ôi"), CHO_RO("32", "Chơ-ro"), KHANG("33", "Kháng"), XINH_MUN("34", "Xinh-mun"),
    HA_NHI("35", "Hà Nhì"), CHU_RU("36", "Chu-ru"), LAO("37", "Lào"), LA_CHI("38", "La Chí"), LA_HA("39", "La Ha"),
    PHU_LA("40", "Phù Lá"), LA_HU("41", "La Hủ"), LU("42", "Lự"), LO_LO("43", "Lô Lô"), CHUT("44", "Chứt"),
    MANG("45", "Mảng"), PA_THEN("46", "Pà Thẻn"), CO_LAO("47", "Cơ Lao"), CONG("48", "Cống"), BO_Y("49", "Bố Y"),
    SI_LA("50", "Si La"), PU_PEO("51", "Pu Péo"), BRAU("52", "Brâu"), O_DU("53", "Ơ Đu"), RO_MAM("54", "Rơ-măm");

    private final String code;
    private final String vietnameseName;

    EthnicGroup(String code, String vietnameseName) {
        this.code = code;
        this.vietnameseName = vietnameseName;
    }

    public String code() {
        return code;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    public boolean isMinority() {
        return this != KINH;
    }
}
