package vn.partydev.platform.testapp;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.partydev.platform.http.ETags;
import vn.partydev.platform.http.Idempotent;

import java.net.URI;

/**
 * Creates a specimen as the services' resources run their commands: the resource method is not {@code @Transactional},
 * the use case is; the idempotent answer must still commit with the use case's change.
 */
@Path("/api/v1/specimen-commands")
@Produces(MediaType.APPLICATION_JSON)
public class SpecimenCommandResource {

    @Inject
    SpecimenCreation creation;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @RolesAllowed({"organiser", "cell"})
    public Response create(@Valid @NotNull SpecimenRequest request) {
        Specimen specimen = creation.create(request);
        return Response.created(URI.create("/api/v1/specimens/" + specimen.id))
                .tag(ETags.of(specimen.version))
                .entity(SpecimenView.of(specimen))
                .build();
    }
}
