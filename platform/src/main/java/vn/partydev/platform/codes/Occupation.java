package vn.partydev.platform.codes;

/** Nghề nghiệp, in the categories the statistics of new members are broken down by. */
public enum Occupation {
    STUDENT("Học sinh, sinh viên"),
    PRIVATE_ENTERPRISE_WORKER("Công nhân, người lao động trong doanh nghiệp tư nhân"),
    FOREIGN_INVESTED_ENTERPRISE_WORKER("Người lao động trong doanh nghiệp có vốn đầu tư nước ngoài"),
    STATE_ENTERPRISE_WORKER("Người lao động trong doanh nghiệp nhà nước"),
    ARMED_FORCES("Lực lượng vũ trang"),
    CIVIL_SERVANT("Cán bộ, công chức"),
    PUBLIC_EMPLOYEE("Viên chức"),
    FARMER("Nông dân"),
    SELF_EMPLOYED("Lao động tự do, hộ kinh doanh"),
    RELIGIOUS_DIGNITARY("Chức sắc, chức việc tôn giáo"),
    RETIRED("Nghỉ hưu"),
    OTHER("Khác");

    private final String vietnameseName;

    Occupation(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }
}
