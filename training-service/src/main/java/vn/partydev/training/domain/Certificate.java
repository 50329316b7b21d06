package vn.partydev.training.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import vn.partydev.platform.codes.TrainingKind;
import vn.partydev.platform.problem.Conflict;

/**
 * A certificate (giấy chứng nhận) issued on completing a class. Visible to the issuer's subtree and to the subtree
 * of the holder's cell.
 */
@Entity
@Table(name = "certificate")
public class Certificate extends PanacheEntityBase {

    @Id
    public UUID id;

    public String number;

    @Column(name = "person_id")
    public UUID personId;

    @Enumerated(EnumType.STRING)
    public TrainingKind kind;

    @Column(name = "issuer_id")
    public UUID issuerId;

    @Column(name = "issuer_path")
    public String issuerPath;

    @Column(name = "holder_path")
    public String holderPath;

    @Column(name = "class_id")
    public UUID classId;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Column(name = "revoked_on")
    public LocalDate revokedOn;

    @Column(name = "revocation_reason")
    public String revocationReason;

    @Version
    public long version;

    /** The certificate's standing on {@code day}. */
    public CertificateStatus statusOn(LocalDate day) {
        if (revokedOn != null && !day.isBefore(revokedOn)) {
            return CertificateStatus.REVOKED;
        }
        return CertificateValidity.validOn(validUntil, day) ? CertificateStatus.VALID : CertificateStatus.EXPIRED;
    }

    public void revoke(LocalDate on, String reason) {
        if (revokedOn != null) {
            throw new Conflict("ALREADY_REVOKED", "certificate " + number + " was already revoked on " + revokedOn);
        }
        if (on.isBefore(issuedOn)) {
            throw new Conflict("STEP_OUT_OF_ORDER", "certificate " + number + " was issued on " + issuedOn
                    + "; it cannot be revoked on " + on);
        }
        revokedOn = on;
        revocationReason = reason;
    }
}
