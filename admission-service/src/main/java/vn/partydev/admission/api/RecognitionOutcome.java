package vn.partydev.admission.api;

/** Recognised as an official member (chuyển chính thức), or struck off (xóa tên). */
public enum RecognitionOutcome {
    RECOGNISED, STRUCK_OFF
}
