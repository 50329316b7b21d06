package vn.partydev.platform.inbox;

/** The topic of admission-service, which owns the organisation tree and the working calendar. */
final class AdmissionTopic {

    static final String NAME = "partydev.admission.v1";

    private AdmissionTopic() {
    }
}
