package vn.partydev.training.domain;

import java.time.LocalDate;
import vn.partydev.platform.codes.TrainingKind;
import vn.partydev.platform.rules.RuleSet;

/**
 * How long a certificate counts. R-CERT-1: an awareness certificate is valid for the rule set's months (60) from
 * its issue date, by calendar months: 2026-02-28 → 2031-02-28; from a 29 February the month-end is kept,
 * 2024-02-29 → 2029-02-28 (the day does not exist in 2029, so the last day of that month, as
 * {@link LocalDate#plusMonths} does). The certificate is valid up to and including {@code validUntil}.
 * <p>
 * A new-member theory certificate (R-CERT-2) has no expiry: it serves the recognition vote of the probation during
 * which it was earned, so {@code validUntil} is null.
 */
public final class CertificateValidity {

    private CertificateValidity() {
    }

    /** The last day the certificate counts, or null when it does not expire. */
    public static LocalDate validUntil(TrainingKind kind, LocalDate issuedOn, RuleSet rules) {
        return switch (kind) {
            case AWARENESS -> issuedOn.plusMonths(rules.awarenessCertificateValidityMonths());
            case NEW_MEMBER_THEORY -> null;
        };
    }

    /** Whether a certificate valid until {@code validUntil} (null: no expiry) still counts on {@code day}. */
    public static boolean validOn(LocalDate validUntil, LocalDate day) {
        return validUntil == null || !day.isAfter(validUntil);
    }
}
