package vn.partydev.platform.events.training;

import java.time.LocalDate;
import java.util.List;
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

    /** Names no organisation: the publisher passes the path it knows (the candidate's cell, the class's organiser). */
    @Override
    public List<UUID> organisations() {
        return List.of();
    }
}
