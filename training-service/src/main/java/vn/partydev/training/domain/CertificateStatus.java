package vn.partydev.training.domain;

/** A certificate's standing on a given day. */
public enum CertificateStatus {
    VALID, EXPIRED, REVOKED
}
