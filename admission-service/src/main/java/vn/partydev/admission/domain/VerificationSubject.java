package vn.partydev.admission.domain;

/** Whose background is verified (thẩm tra lý lịch): the applicant and the close relatives. */
public enum VerificationSubject {
    APPLICANT, FATHER, MOTHER, GUARDIAN, FATHER_IN_LAW, MOTHER_IN_LAW, SPOUSE, ADULT_CHILD;

    /** The applicant cannot be exempted; a relative who is a party member and fully declared may be. */
    public boolean exemptable() {
        return this != APPLICANT;
    }
}
