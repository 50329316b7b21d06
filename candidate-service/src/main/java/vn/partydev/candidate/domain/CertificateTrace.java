package vn.partydev.candidate.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.partydev.platform.codes.TrainingKind;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** One certificate of a candidate as training-service announced it: issued, and perhaps revoked. */
@Entity
@Table(name = "candidate_certificate")
public class CertificateTrace extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "candidate_id")
    public UUID candidateId;
    @Column(name = "certificate_number")
    public String certificateNumber;
    @Enumerated(EnumType.STRING)
    public TrainingKind kind;
    @Column(name = "issued_on")
    public LocalDate issuedOn;
    @Column(name = "revoked_on")
    public LocalDate revokedOn;

    public static CertificateTrace findOrStart(UUID candidateId, String certificateNumber) {
        return CertificateTrace.<CertificateTrace>find("candidateId = ?1 and certificateNumber = ?2", candidateId, certificateNumber)
                .firstResultOptional()
                .orElseGet(() -> {
                    CertificateTrace trace = new CertificateTrace();
                    trace.id = UUID.randomUUID();
                    trace.candidateId = candidateId;
                    trace.certificateNumber = certificateNumber;
                    trace.persist();
                    return trace;
                });
    }

    /** The latest awareness certificate of the candidate that has not been revoked. */
    public static Optional<LocalDate> latestValidAwarenessCertificate(UUID candidateId) {
        return CertificateTrace.<CertificateTrace>list("candidateId", candidateId).stream()
                .filter(trace -> trace.kind == TrainingKind.AWARENESS && trace.issuedOn != null && trace.revokedOn == null)
                .map(trace -> trace.issuedOn)
                .max(LocalDate::compareTo);
    }
}
