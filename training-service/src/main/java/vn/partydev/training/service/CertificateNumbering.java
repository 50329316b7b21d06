package vn.partydev.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import vn.partydev.training.domain.CertificateNumber;

/** Hands out certificate numbers: one gap-free sequence per issuer and year, taken in the issuing transaction. */
@ApplicationScoped
public class CertificateNumbering {

    private final EntityManager entityManager;

    CertificateNumbering(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The next number of {@code issuerId} in {@code year}; must run inside the transaction that issues it. */
    public String next(UUID issuerId, String issuerCode, int year) {
        Number sequence = (Number) entityManager.createNativeQuery("""
                        INSERT INTO certificate_sequence (issuer_id, year, last_value) VALUES (:issuer, :year, 1)
                        ON CONFLICT (issuer_id, year) DO UPDATE SET last_value = certificate_sequence.last_value + 1
                        RETURNING last_value""")
                .setParameter("issuer", issuerId)
                .setParameter("year", year)
                .getSingleResult();
        return CertificateNumber.of(issuerCode, year, sequence.intValue());
    }
}
