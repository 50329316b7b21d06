package vn.partydev.admission.events;

import jakarta.enterprise.context.ApplicationScoped;
import vn.partydev.admission.domain.CertificateKnowledge;
import vn.partydev.platform.events.training.CertificateIssued;
import vn.partydev.platform.events.training.CertificateRevoked;
import vn.partydev.platform.inbox.EventRoutes;
import vn.partydev.platform.inbox.EventSubscriber;

/** Learns from training-service which awareness and new-member theory certificates each person holds. */
@ApplicationScoped
public class CertificateEventsSubscriber implements EventSubscriber {

    @Override
    public String name() {
        return "admission-certificates";
    }

    @Override
    public void subscribe(EventRoutes routes) {
        routes.on(CertificateIssued.class, (event, meta) -> {
            CertificateKnowledge certificate = CertificateKnowledge.findOrStart(event.personId(), event.certificateNumber());
            certificate.kind = event.kind();
            certificate.issuedOn = event.issuedOn();
            certificate.validUntil = event.validUntil();
        });
        routes.on(CertificateRevoked.class, (event, meta) -> CertificateKnowledge
                .findOrStart(event.personId(), event.certificateNumber()).revokedOn = event.revokedOn());
    }
}
