package vn.partydev.platform.person;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;
import vn.partydev.platform.codes.TrainingKind;
import vn.partydev.platform.events.training.CertificateIssued;
import vn.partydev.platform.events.training.CertificateRevoked;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@QuarkusTest
class HeldCertificatesTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
    private static final LocalDate EXPIRES = ISSUED.plusMonths(60);

    @Inject
    HeldCertificates certificates;

    @Test
    void anIssuedCertificateIsValidFromItsIssueDateUntilItsExpiry() {
        UUID person = UUID.randomUUID();
        record(issued(person, "AW-1", TrainingKind.AWARENESS, ISSUED, EXPIRES));

        assertEquals(Optional.empty(), certificates.validUntil(person, TrainingKind.AWARENESS, ISSUED.minusDays(1)));
        assertEquals(Optional.of(EXPIRES), certificates.validUntil(person, TrainingKind.AWARENESS, ISSUED));
        assertEquals(Optional.empty(), certificates.validUntil(person, TrainingKind.NEW_MEMBER_THEORY, ISSUED));
        assertEquals(Optional.of(ISSUED), certificates.latestIssue(person, TrainingKind.AWARENESS));
    }

    @Test
    void theLatestExpiryCountsAndOneWithoutExpiryNeverEnds() {
        UUID person = UUID.randomUUID();
        record(issued(person, "AW-1", TrainingKind.AWARENESS, ISSUED, EXPIRES));
        record(issued(person, "AW-2", TrainingKind.AWARENESS, ISSUED.plusYears(1), EXPIRES.plusYears(1)));
        assertEquals(Optional.of(EXPIRES.plusYears(1)), certificates.validUntil(person, TrainingKind.AWARENESS, ISSUED.plusYears(2)));
        assertEquals(Optional.of(EXPIRES), certificates.validUntil(person, TrainingKind.AWARENESS, ISSUED.plusYears(1).minusDays(1)));
        assertEquals(Optional.of(ISSUED.plusYears(1)), certificates.latestIssue(person, TrainingKind.AWARENESS));

        record(issued(person, "NM-1", TrainingKind.NEW_MEMBER_THEORY, ISSUED, null));
        assertEquals(Optional.of(LocalDate.MAX), certificates.validUntil(person, TrainingKind.NEW_MEMBER_THEORY, ISSUED));
    }

    @Test
    void aRevocationCountsWhicheverArrivesFirst() {
        UUID revokedLast = UUID.randomUUID();
        record(issued(revokedLast, "AW-1", TrainingKind.AWARENESS, ISSUED, EXPIRES));
        record(new CertificateRevoked(revokedLast, "AW-1", ISSUED.plusDays(10)));

        UUID revokedFirst = UUID.randomUUID();
        record(new CertificateRevoked(revokedFirst, "AW-1", ISSUED.plusDays(10)));
        record(issued(revokedFirst, "AW-1", TrainingKind.AWARENESS, ISSUED, EXPIRES));

        for (UUID person : new UUID[] {revokedLast, revokedFirst}) {
            assertEquals(Optional.empty(), certificates.validUntil(person, TrainingKind.AWARENESS, ISSUED.plusDays(1)));
            assertEquals(Optional.empty(), certificates.latestIssue(person, TrainingKind.AWARENESS));
        }
    }

    @Test
    void writesNeedTheCallersTransaction() {
        UUID person = UUID.randomUUID();
        assertThrows(TransactionalException.class,
                () -> certificates.record(issued(person, "AW-1", TrainingKind.AWARENESS, ISSUED, EXPIRES)));
        assertEquals(Optional.empty(), certificates.latestIssue(person, TrainingKind.AWARENESS));
    }

    private void record(CertificateIssued event) {
        QuarkusTransaction.requiringNew().run(() -> certificates.record(event));
    }

    private void record(CertificateRevoked event) {
        QuarkusTransaction.requiringNew().run(() -> certificates.record(event));
    }

    private static CertificateIssued issued(UUID person, String number, TrainingKind kind, LocalDate on, LocalDate validUntil) {
        return new CertificateIssued(person, number, kind, UUID.randomUUID(), UUID.randomUUID(), on, validUntil);
    }
}
