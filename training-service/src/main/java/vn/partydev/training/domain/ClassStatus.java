package vn.partydev.training.domain;

/** A class is scheduled until its completion issues the certificates. */
public enum ClassStatus {
    SCHEDULED, COMPLETED
}
