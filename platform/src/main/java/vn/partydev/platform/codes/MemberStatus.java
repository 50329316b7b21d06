package vn.partydev.platform.codes;

/** A party member's standing: probationary (dự bị) for 12 months after the ceremony, then official (chính thức). */
public enum MemberStatus {
    PROBATIONARY, OFFICIAL
}
