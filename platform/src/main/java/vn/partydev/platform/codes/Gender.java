package vn.partydev.platform.codes;

/** Giới tính, as recorded on the person's citizen record. */
public enum Gender {
    MALE, FEMALE
}
