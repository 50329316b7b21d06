package vn.partydev.platform.events.training;

import java.time.LocalDate;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/** A certificate was revoked; it no longer counts for any rule. */
public record CertificateRevoked(
        UUID personId,
        String certificateNumber,
        LocalDate revokedOn) implements DomainEvent {

    @Override
    public String subject() {
        return personId.toString();
    }
}
