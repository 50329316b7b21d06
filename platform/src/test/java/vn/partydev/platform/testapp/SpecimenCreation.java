package vn.partydev.platform.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.partydev.platform.problem.NotFound;
import vn.partydev.platform.scope.CallerScope;
import vn.partydev.platform.scope.OrganisationDirectory;
import vn.partydev.platform.scope.OrganisationRef;
import vn.partydev.platform.search.VietnameseText;

import java.time.Clock;
import java.util.UUID;

/** The use case behind creating a specimen, in its own {@code @Transactional} as the services' use cases are. */
@ApplicationScoped
public class SpecimenCreation {

    @Inject
    CallerScope scope;

    @Inject
    OrganisationDirectory directory;

    @Inject
    Clock clock;

    @Inject
    Event<SpecimenCreated> created;

    @Transactional
    public Specimen create(SpecimenRequest request) {
        OrganisationRef organisation = directory.find(request.organisationId())
                .filter(found -> scope.covers(found.path()))
                .orElseThrow(() -> new NotFound("organisation", request.organisationId()));
        Specimen specimen = new Specimen();
        specimen.id = UUID.randomUUID();
        specimen.organisationPath = organisation.path();
        specimen.name = request.person().name();
        specimen.nameSearch = VietnameseText.normalise(request.person().name());
        specimen.citizenId = request.person().citizenId();
        specimen.copies = request.copies();
        specimen.createdAt = clock.instant();
        specimen.persistAndFlush();
        created.fire(new SpecimenCreated(specimen.id));
        return specimen;
    }
}
