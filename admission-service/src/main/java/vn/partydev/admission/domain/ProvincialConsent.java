package vn.partydev.admission.domain;

/** Written consents of the provincial standing committee that relax an eligibility rule. */
public enum ProvincialConsent {
    /** R-AGE-1: admitting an applicant over 60 (720 completed months). */
    OLDER_APPLICANT,
    /** R-EDU-1: a village elder or reputable person with literacy only, in a disadvantaged residential area. */
    LITERACY_ONLY
}
