package vn.partydev.training.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.platform.codes.TrainingKind;
import vn.partydev.training.domain.Certificate;
import vn.partydev.training.domain.CertificateStatus;

@Schema(description = "A certificate (giấy chứng nhận)")
public record CertificateView(
        @Schema(description = "Number: <issuer code>/<year>/<sequence>, unique per issuer and year", example = "TTCT-Q1/2026/000042")
        String number,
        @Schema(description = "Holder (candidate or member id)", example = "8d2f7a3c-1e4b-4c6d-9f0a-2b3c4d5e6f70") UUID personId,
        @Schema(description = "Kind of class completed", example = "AWARENESS") TrainingKind kind,
        @Schema(description = "Issuing organisation (the class organiser)", example = "5b0c2f6e-8a47-4f0e-9d55-3c1b2a9e7f10") UUID issuerId,
        @Schema(description = "The class completed", example = "0e7c5d1a-4b8e-4f57-a1e2-6a1d3c9b2f44") UUID classId,
        @Schema(description = "Issue date", example = "2026-02-28") LocalDate issuedOn,
        @Schema(description = "Last day it counts (R-CERT-1: issue + 60 months for AWARENESS); null: no expiry (NEW_MEMBER_THEORY)",
                example = "2031-02-28") LocalDate validUntil,
        @Schema(description = "VALID, EXPIRED or REVOKED today", example = "VALID") CertificateStatus status,
        @Schema(description = "Revocation date, if revoked", example = "2026-06-01") LocalDate revokedOn,
        @Schema(description = "Why it was revoked", example = "Cấp nhầm người") String revocationReason) {

    static CertificateView of(Certificate c, LocalDate today) {
        return new CertificateView(c.number, c.personId, c.kind, c.issuerId, c.classId, c.issuedOn, c.validUntil,
                c.statusOn(today), c.revokedOn, c.revocationReason);
    }
}
