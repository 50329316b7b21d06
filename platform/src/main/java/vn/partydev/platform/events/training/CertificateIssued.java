package vn.partydev.platform.events.training;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.codes.TrainingKind;
import vn.partydev.platform.events.DomainEvent;

/** A certificate was issued on completing a class; awareness certificates are valid 60 months (R-CERT-1). */
public record CertificateIssued(
        UUID personId,
        String certificateNumber,
        TrainingKind kind,
        UUID issuerId,
        UUID classId,
        LocalDate issuedOn,
        LocalDate validUntil) implements DomainEvent {

    @Override
    public String subject() {
        return personId.toString();
    }

    @Override
    public List<UUID> organisations() {
        return DomainEvent.concerning(issuerId);
    }
}
