package vn.partydev.admission.domain;

/** Who introduces the applicant (người giới thiệu): an official member, or a mass organisation's grassroots executive committee. */
public enum IntroducerKind {
    OFFICIAL_MEMBER, YOUTH_UNION_COMMITTEE, TRADE_UNION_COMMITTEE
}
