package vn.partydev.admission.domain;

/**
 * Where an admission case stands, in the order of the procedure (DOMAIN 3.3–3.4). Verification tasks and opinions
 * are recorded inside {@link #BACKGROUND_DECLARED} and {@link #INTRODUCED}; a rejected vote leaves the state as it was.
 */
public enum CaseState {
    OPENED,
    APPLICATION_RECEIVED,
    BACKGROUND_DECLARED,
    INTRODUCED,
    CELL_ADOPTED,
    COMMITTEE_ADOPTED,
    DECIDED,
    PROBATION,
    RECOGNITION_ADOPTED,
    RECOGNITION_REFUSED,
    ESCALATED,
    OFFICIAL,
    STRUCK_OFF,
    REJECTED,
    WITHDRAWN;

    /** Before the ceremony a case may be rejected or withdrawn. */
    public boolean beforeCeremony() {
        return ordinal() < PROBATION.ordinal();
    }

    public boolean closed() {
        return this == OFFICIAL || this == STRUCK_OFF || this == REJECTED || this == WITHDRAWN;
    }
}
