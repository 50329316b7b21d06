package vn.partydev.admission.domain;

/**
 * CDI event fired inside the transaction that moves an organisation: every row storing an organisation path that
 * starts with {@code oldPath} must now start with {@code newPath}. Observers re-path their own scoped tables.
 */
public record OrganisationSubtreeMoved(String oldPath, String newPath) {
}
