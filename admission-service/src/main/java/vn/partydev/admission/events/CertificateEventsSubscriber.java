package vn.partydev.admission.events;

import jakarta.enterprise.context.ApplicationScoped;
import vn.partydev.platform.events.training.CertificateIssued;
import vn.partydev.platform.events.training.CertificateRevoked;
import vn.partydev.platform.inbox.EventRoutes;
import vn.partydev.platform.inbox.EventSubscriber;
import vn.partydev.platform.person.HeldCertificates;

/** Learns from training-service which awareness and new-member theory certificates each person holds (R-CERT-1, R-CERT-2). */
@ApplicationScoped
public class CertificateEventsSubscriber implements EventSubscriber {

    private final HeldCertificates certificates;

    CertificateEventsSubscriber(HeldCertificates certificates) {
        this.certificates = certificates;
    }

    @Override
    public String name() {
        return "admission-certificates";
    }

    @Override
    public void subscribe(EventRoutes routes) {
        routes.on(CertificateIssued.class, (event, meta) -> certificates.record(event));
        routes.on(CertificateRevoked.class, (event, meta) -> certificates.record(event));
    }
}
