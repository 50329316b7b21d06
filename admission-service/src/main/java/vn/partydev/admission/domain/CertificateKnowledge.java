package vn.partydev.admission.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.partydev.platform.codes.TrainingKind;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A certificate (giấy chứng nhận) a person holds, learnt from training-service events: an awareness certificate for
 * candidates (R-CERT-1) or a new-member theory certificate for probationary members (R-CERT-2). A revocation may
 * arrive before the issue; a revoked certificate never counts.
 */
@Entity
@Table(name = "certificate_knowledge")
public class CertificateKnowledge extends PanacheEntityBase {

    /** A certificate number is unique for its holder. */
    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "person_id")
        public UUID personId;
        @Column(name = "certificate_number")
        public String certificateNumber;

        public Key() {
        }

        Key(UUID personId, String certificateNumber) {
            this.personId = personId;
            this.certificateNumber = certificateNumber;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.personId.equals(personId) && key.certificateNumber.equals(certificateNumber);
        }

        @Override
        public int hashCode() {
            return Objects.hash(personId, certificateNumber);
        }
    }

    @EmbeddedId
    public Key key;
    @Enumerated(EnumType.STRING)
    public TrainingKind kind;
    @Column(name = "issued_on")
    public LocalDate issuedOn;
    @Column(name = "valid_until")
    public LocalDate validUntil;
    @Column(name = "revoked_on")
    public LocalDate revokedOn;

    public static CertificateKnowledge findOrStart(UUID personId, String number) {
        Key key = new Key(personId, number);
        CertificateKnowledge known = findById(key);
        if (known == null) {
            known = new CertificateKnowledge();
            known.key = key;
            known.persist();
        }
        return known;
    }

    /** The latest expiry among the person's unrevoked certificates of the kind issued by {@code on}. */
    public static Optional<LocalDate> validUntil(UUID personId, TrainingKind kind, LocalDate on) {
        return find("key.personId = ?1 and kind = ?2 and revokedOn is null and issuedOn <= ?3 order by validUntil desc",
                personId, kind, on).<CertificateKnowledge>firstResultOptional()
                .map(certificate -> certificate.validUntil == null ? LocalDate.MAX : certificate.validUntil);
    }
}
