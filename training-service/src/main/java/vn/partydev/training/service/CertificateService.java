package vn.partydev.training.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import vn.partydev.platform.events.training.CertificateRevoked;
import vn.partydev.platform.http.Page;
import vn.partydev.platform.outbox.Outbox;
import vn.partydev.platform.problem.NotFound;
import vn.partydev.platform.scope.CallerScope;
import vn.partydev.training.domain.Certificate;

/**
 * Certificates: verification by number, a person's certificates, those about to expire, revocation. A certificate is
 * visible in the issuer's subtree and in the subtree of the holder's cell.
 */
@ApplicationScoped
public class CertificateService {

    private static final String IN_SCOPE = "(issuerPath like :scope or holderPath like :scope)";

    private final CallerScope scope;
    private final Outbox outbox;
    private final Clock clock;

    CertificateService(CallerScope scope, Outbox outbox, Clock clock) {
        this.scope = scope;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Certificate byNumber(String number) {
        Certificate certificate = Certificate.find("number", number).firstResult();
        if (certificate == null || !visible(certificate)) {
            throw new NotFound("certificate", number);
        }
        return certificate;
    }

    /** A person's certificates, by issue date. */
    @Transactional
    public Page<Certificate> ofPerson(UUID personId, PageRequest page) {
        return page(IN_SCOPE + " and personId = :person", Parameters.with("person", personId),
                "issuedOn", certificate -> certificate.issuedOn, page);
    }

    /**
     * Unrevoked certificates that are valid today and stop being valid within {@code period} (validUntil on or before
     * today + period), soonest first: the candidates whose cells must act before the certificate lapses.
     */
    @Transactional
    public Page<Certificate> expiringWithin(Period period, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        return page(IN_SCOPE + " and revokedOn is null and validUntil >= :today and validUntil <= :horizon",
                Parameters.with("today", today).and("horizon", today.plus(period)),
                "validUntil", certificate -> certificate.validUntil, page);
    }

    @Transactional
    public Certificate revoke(String number, LocalDate revokedOn, String reason) {
        Certificate certificate = byNumber(number);
        certificate.revoke(revokedOn != null ? revokedOn : LocalDate.now(clock), reason.trim());
        outbox.publish(new CertificateRevoked(certificate.personId, certificate.number, certificate.revokedOn),
                Stream.of(certificate.issuerPath, certificate.holderPath).filter(Objects::nonNull).toList());
        return certificate;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private boolean visible(Certificate certificate) {
        return scope.covers(certificate.issuerPath) || (certificate.holderPath != null && scope.covers(certificate.holderPath));
    }

    private Page<Certificate> page(String where, Parameters parameters, String dateField,
                                   Function<Certificate, LocalDate> dateOf, PageRequest page) {
        parameters.and("scope", scope.likePattern());
        String query = where;
        KeysetPosition after = KeysetPosition.decode(page.cursor());
        if (after != null) {
            query += " and (" + dateField + " > :afterDate or (" + dateField + " = :afterDate and id > :afterId))";
            parameters.and("afterDate", after.date()).and("afterId", after.id());
        }
        List<Certificate> rows = Certificate.<Certificate>find(query + " order by " + dateField + ", id", parameters)
                .range(0, page.limit()).list();
        return Page.of(rows, page.limit(), row -> new KeysetPosition(dateOf.apply(row), row.id).cursor());
    }
}
